namespace QcdcBot.Tests.Conversation;

/// <summary>A caption that gives one deadline's number and another's name is asked about, never filed under the number quietly.</summary>
public sealed class TwoDeadlinesCaptionTests
{
    [Theory]
    [InlineData("#{0} ke hoach tuyen truyen 2025")]
    [InlineData("nộp #{0} Kế hoạch tuyên truyền QCDC năm 2025")]
    public async Task A_file_captioned_with_one_number_and_another_title_is_not_filed(string caption)
    {
        await using var bot = await BotHarness.CreateAsync();
        var report = await bot.AssignAsync("Báo cáo sơ kết QCDC 6 tháng đầu năm trước ngày 31/10/2024");
        var plan = await bot.AssignAsync("Kế hoạch tuyên truyền QCDC năm 2025 trước ngày 15/11/2024");
        var secretary = await bot.RegisterSecretaryAsync("NHNN");

        var reply = await bot.SendFileAsync(secretary, "bc6thang.docx", [1, 2], string.Format(System.Globalization.CultureInfo.InvariantCulture, caption, report.Id));

        Assert.Contains($"Chú thích ghi #{report.Id}", reply.Text(), StringComparison.Ordinal);
        Assert.Contains($"việc #{plan.Id}", reply.Text(), StringComparison.Ordinal);
        Assert.Equal(0, await bot.CountAsync("submissions"));
        var numbers = reply.Last().Choices.Select(c => c.Number).ToList();
        Assert.Contains(report.Id, numbers);
        Assert.Contains(plan.Id, numbers);
    }

    [Fact]
    public async Task A_number_with_its_own_title_is_filed_at_once()
    {
        await using var bot = await BotHarness.CreateAsync();
        await bot.AssignAsync("Báo cáo sơ kết QCDC 6 tháng đầu năm trước ngày 31/10/2024");
        var plan = await bot.AssignAsync("Kế hoạch tuyên truyền QCDC năm 2025 trước ngày 15/11/2024");
        var secretary = await bot.RegisterSecretaryAsync("NHNN");

        var reply = await bot.SendFileAsync(secretary, "kh.docx", [1, 2], $"#{plan.Id} kế hoạch tuyên truyền 2025");

        Assert.Contains("Biên nhận", reply.Text(), StringComparison.Ordinal);
    }
}
