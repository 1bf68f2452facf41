using QcdcBot.Bot.Exports;
using QcdcBot.Scheduling.Calendar;
using QcdcBot.Scheduling.Tallies;
using QcdcBot.Storage.Deadlines;

namespace QcdcBot.Tests.Conversation;

/// <summary>What awaits the office's decision is shown as such, and what it refused no longer reads "chờ duyệt".</summary>
public sealed class PendingDecisionTests : IAsyncLifetime
{
    private BotHarness _bot = null!;
    private Deadline _deadline = null!;
    private string _secretary = null!;

    public async Task InitializeAsync()
    {
        _bot = await BotHarness.CreateAsync();
        _deadline = await _bot.AssignAsync("Báo cáo chuyên đề dân chủ trước ngày 25/10/2024 cho TTRA, SKHDT");
        _secretary = await _bot.RegisterSecretaryAsync("TTRA");
    }

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task A_refused_nothing_to_report_no_longer_reads_as_awaiting_approval_anywhere()
    {
        var claim = await _bot.SayAsync(_secretary, "dv ko co phat sinh gi a");
        await _bot.PressAsync(BotHarness.Admin, Assert.Single(claim.Proactive).Message.Choices[1].Payload);
        await _bot.SayAsync(BotHarness.Admin, "1"); // the refusal names the unit and asks once

        var progress = (await _bot.SayAsync(BotHarness.Admin, $"/tinhhinh {_deadline.Id}")).Text();
        var missing = (await _bot.SayAsync(BotHarness.Admin, $"/chuanop {_deadline.Id}")).Text();
        var tasks = (await _bot.SayAsync(_secretary, "/viec")).Text();
        var digest = (await _bot.SayAsync(BotHarness.Admin, "/tonghop")).Text();
        var row = await RowAsync("TTRA");

        foreach (var text in new[] { progress, missing, tasks, digest, row })
        {
            Assert.DoesNotContain("chờ duyệt", text, StringComparison.Ordinal);
        }

        Assert.Contains("không được chấp nhận", missing, StringComparison.Ordinal);
        Assert.Contains("không được chấp nhận", tasks, StringComparison.Ordinal);
        // Refused is an answer, not silence: named apart, and still owing.
        Assert.Contains("• Không phát sinh — không được chấp nhận (vẫn phải nộp): 1", progress, StringComparison.Ordinal);
        Assert.Contains("Chưa nộp, chưa trả lời: 1", progress, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_pending_extension_request_shows_as_waiting_for_a_decision_not_as_silent()
    {
        await _bot.SayAsync(_secretary, "/giahan 30/10 chờ đóng dấu");

        var progress = (await _bot.SayAsync(BotHarness.Admin, "tinh hinh")).Text();
        var missing = (await _bot.SayAsync(BotHarness.Admin, "/chuanop")).Text();
        var tasks = (await _bot.SayAsync(_secretary, "/viec")).Text();

        Assert.Contains("Xin gia hạn, chờ duyệt: 1", progress, StringComparison.Ordinal);
        Assert.Contains("Chưa nộp, chưa trả lời: 1", progress, StringComparison.Ordinal);
        Assert.Contains("xin gia hạn đến 30/10/2024, chờ duyệt", missing, StringComparison.Ordinal);
        Assert.Contains("đã xin gia hạn đến 30/10/2024", tasks, StringComparison.Ordinal);
        Assert.Contains("xin gia hạn đến 30/10/2024, chờ duyệt", await RowAsync("TTRA"), StringComparison.Ordinal);
    }

    private async Task<string> RowAsync(string code)
    {
        var sheet = await _bot.Get<SheetSource>().ReadAsync(_deadline, CancellationToken.None);
        var row = DeadlineSheet.Rows(sheet, _bot.Get<OfficeClock>()).Single(r => r[0] is TextCell t && t.Text == code);
        return string.Join(" | ", row.OfType<TextCell>().Select(c => c.Text));
    }
}
