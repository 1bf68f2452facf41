using QcdcBot.Storage.Submissions;

namespace QcdcBot.Tests.Conversation;

/// <summary>
/// "Ảnh này nộp cho việc nào?" lists work already handed in as handed in (after the work owed), and a bare number
/// naming it does not quietly make the stray photo a new version replacing the report (office15 finding 2).
/// </summary>
public sealed class HandedInPickTests
{
    private static byte[] Photo(byte seed) => Enumerable.Range(0, 400).Select(i => (byte)(i * 7 + seed)).ToArray();

    [Theory]
    [InlineData("IMG_20241022_0931.jpg", "")]
    [InlineData("IMG_0412.jpg", "anh chup them")]
    public async Task A_number_picking_a_handed_in_deadline_asks_before_a_new_version_replaces_the_report(string photo, string caption)
    {
        await using var bot = await BotHarness.CreateAsync();
        var owed = await bot.AssignAsync("Kế hoạch tuyên truyền trước ngày 30/11/2024");
        var report = await bot.AssignAsync("Báo cáo tự kiểm tra trước ngày 25/10/2024");
        var secretary = await bot.RegisterSecretaryAsync("NHNN");
        Assert.Contains("Biên nhận", (await bot.SendFileAsync(secretary, "tu-kiem-tra.docx", [1, 2, 3], $"#{report.Id}")).Text(), StringComparison.Ordinal);
        bot.Time.Advance(TimeSpan.FromDays(2));

        var asked = await bot.SendFileAsync(secretary, photo, Photo(5), caption);
        var labels = asked.Last().Choices.Select(c => c.Label).ToList();
        var picked = await bot.SayAsync(secretary, report.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));

        Assert.Contains(labels, l => l.StartsWith($"#{report.Id} ", StringComparison.Ordinal) && l.Contains("đơn vị đã nộp", StringComparison.Ordinal));
        Assert.DoesNotContain(labels, l => l.StartsWith($"#{report.Id} ", StringComparison.Ordinal) && l.Contains("quá hạn", StringComparison.Ordinal));
        Assert.True(labels.FindIndex(l => l.StartsWith($"#{owed.Id} ", StringComparison.Ordinal)) < labels.FindIndex(l => l.StartsWith($"#{report.Id} ", StringComparison.Ordinal)));
        Assert.Contains("thay bài", picked.Text(), StringComparison.Ordinal);
        Assert.DoesNotContain("Biên nhận", picked.Text(), StringComparison.Ordinal);
        Assert.Equal(1, await bot.CountAsync("submissions"));

        // Read and answered a while later: an answer, not a double tap of the number before.
        bot.Time.Advance(TimeSpan.FromSeconds(30));
        var replaced = await bot.SayAsync(secretary, "3");
        Assert.Contains("Biên nhận", replaced.Text(), StringComparison.Ordinal);
        Assert.Equal(2, await bot.CountAsync("submissions"));
    }

    [Fact]
    public async Task A_number_picking_a_deadline_the_office_recorded_asks_before_replacing_the_record_and_zero_files_nothing()
    {
        await using var bot = await BotHarness.CreateAsync();
        await bot.AssignAsync("Kế hoạch tuyên truyền trước ngày 30/11/2024");
        var report = await bot.AssignAsync("Báo cáo sơ kết trước ngày 25/10/2024");
        var secretary = await bot.RegisterSecretaryAsync("XDGT");
        await bot.SayConfirmedAsync(BotHarness.Admin, $"/ghinhan XDGT #{report.Id} nhận qua email hôm qua");
        var unit = await bot.UnitAsync("XDGT");

        await bot.SendFileAsync(secretary, "IMG_7781.jpg", Photo(9));
        var picked = await bot.SayAsync(secretary, $"{report.Id}");
        var declined = await bot.SayAsync(secretary, "0");

        Assert.Contains("đã ghi nhận", picked.Text(), StringComparison.Ordinal);
        Assert.Contains("thay bài đã ghi nhận", string.Join('\n', picked.Last().Choices.Select(c => c.Label)), StringComparison.Ordinal);
        Assert.DoesNotContain("Biên nhận", declined.Text(), StringComparison.Ordinal);
        Assert.Equal(SubmissionMethod.Paper, (await bot.Get<SubmissionStore>().LatestAsync(unit.Id, report.Id))!.Method);
    }
}
