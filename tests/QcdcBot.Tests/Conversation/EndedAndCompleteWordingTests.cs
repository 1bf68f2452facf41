namespace QcdcBot.Tests.Conversation;

/// <summary>Lists say what state a deadline is in: handed in by all is not "quá hạn", ended is said once, cancelled is mentioned, far-off owing is counted.</summary>
public sealed class EndedAndCompleteWordingTests
{
    [Fact]
    public async Task A_deadline_every_unit_handed_in_is_not_called_overdue_in_hanchot_or_tinhhinh()
    {
        await using var bot = await BotHarness.CreateAsync();
        var deadline = await bot.AssignAsync("Báo cáo sơ kết QCDC trước ngày 25/10/2024 cho NHNN, CTK");
        await bot.SendFileAsync(await bot.RegisterSecretaryAsync("NHNN"), "bc.pdf", [1]);
        await bot.SendFileAsync(await bot.RegisterSecretaryAsync("CTK"), "bc.pdf", [2]);
        bot.SetLocalTime(2024, 11, 4, 9, 0);

        var list = (await bot.SayAsync(BotHarness.Admin, "/hanchot")).Text();
        var progress = (await bot.SayAsync(BotHarness.Admin, $"/tinhhinh {deadline.Id}")).Text();

        Assert.Contains("(đã nộp đủ)", list, StringComparison.Ordinal);
        Assert.DoesNotContain("quá hạn", list, StringComparison.Ordinal);
        Assert.Contains("(đã nộp đủ)", progress, StringComparison.Ordinal);
        Assert.DoesNotContain("quá hạn", progress, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_ended_deadline_is_marked_once_without_double_brackets()
    {
        await using var bot = await BotHarness.CreateAsync();
        var deadline = await bot.AssignAsync("Báo cáo sơ kết QCDC trước ngày 25/10/2024");
        await bot.SayConfirmedAsync(BotHarness.Admin, $"/donghan #{deadline.Id}");

        var progress = (await bot.SayAsync(BotHarness.Admin, $"/tinhhinh {deadline.Id}")).Text();

        Assert.Contains("[đã kết thúc]", progress, StringComparison.Ordinal);
        Assert.DoesNotContain("([", progress, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_digest_mentions_a_deadline_cancelled_this_week_and_counts_owing_units_of_a_far_deadline()
    {
        await using var bot = await BotHarness.CreateAsync();
        var cancelled = await bot.AssignAsync("Báo cáo chuyên đề dân vận trước ngày 31/10/2024");
        var far = await bot.AssignAsync("Kế hoạch QCDC năm 2025 trước ngày 15/1/2025");
        var near = await bot.AssignAsync("Báo cáo sơ kết QCDC trước ngày 25/10/2024");
        await bot.SayConfirmedAsync(BotHarness.Admin, $"/huyhan #{cancelled.Id}");

        var digest = (await bot.SayAsync(BotHarness.Admin, "/tonghop")).Text();

        Assert.Contains($"Đã hủy trong tuần (không còn theo dõi): #{cancelled.Id} {cancelled.Title}.", digest, StringComparison.Ordinal);
        var farSection = digest[digest.IndexOf($"#{far.Id} {far.Title}", StringComparison.Ordinal)..];
        farSection = farSection[..farSection.IndexOf("\n\n", StringComparison.Ordinal)];
        Assert.Contains($"(hạn còn xa) — xem danh sách: /chuanop #{far.Id}", farSection, StringComparison.Ordinal);
        Assert.DoesNotContain("\n• ", farSection, StringComparison.Ordinal);
        var nearSection = digest[digest.IndexOf($"#{near.Id} {near.Title}", StringComparison.Ordinal)..];
        Assert.Contains("\n• ", nearSection, StringComparison.Ordinal);
    }
}
