using QcdcBot.Storage.Submissions;

namespace QcdcBot.Tests.Conversation;

/// <summary>A caption naming a deadline not given to the unit says so; the same photo sent twice while asked is said to be the same, not made a second page.</summary>
public sealed class CaptionWordingTests
{
    [Theory]
    [InlineData("#{0}")]
    [InlineData("{0}")]
    public async Task A_caption_naming_a_deadline_not_given_to_the_unit_says_so(string pattern)
    {
        await using var bot = await BotHarness.CreateAsync();
        var list = await bot.AssignAsync("Danh sách báo cáo viên trước ngày 30/11/2024 cho CTK, TTRA");
        await bot.AssignAsync("Kế hoạch QCDC trước ngày 28/11/2024");
        await bot.AssignAsync("Báo cáo tự kiểm tra trước ngày 25/11/2024");
        var secretary = await bot.RegisterSecretaryAsync("NHNN");

        var asked = await bot.SendFileAsync(secretary, "ds.pdf", [6, 6], string.Format(System.Globalization.CultureInfo.InvariantCulture, pattern, list.Id));

        Assert.Contains($"việc #{list.Id} \"Danh sách báo cáo viên\" không giao cho đơn vị", asked.Text(), StringComparison.Ordinal);
        Assert.Equal(0, await bot.CountAsync("submissions"));
    }

    [Fact]
    public async Task The_same_photo_sent_twice_while_asked_is_said_to_be_the_same_and_filed_once()
    {
        await using var bot = await BotHarness.CreateAsync();
        await bot.AssignAsync("Kế hoạch QCDC trước ngày 28/11/2024");
        var report = await bot.AssignAsync("Báo cáo tự kiểm tra trước ngày 25/11/2024");
        var secretary = await bot.RegisterSecretaryAsync("NHNN");

        await bot.SendFileAsync(secretary, "IMG_0201.jpg", [2, 0, 1]);
        var again = await bot.SendFileAsync(secretary, "IMG_0201.jpg", [2, 0, 1]);
        await bot.SayAsync(secretary, report.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));

        Assert.Contains("giống hệt", again.Text(), StringComparison.Ordinal);
        var unit = await bot.UnitAsync("NHNN");
        Assert.Single((await bot.Get<SubmissionStore>().LatestAsync(unit.Id, report.Id))!.Files);
    }
}
