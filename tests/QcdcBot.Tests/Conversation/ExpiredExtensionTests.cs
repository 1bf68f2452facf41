using QcdcBot.Bot.Exports;
using QcdcBot.Scheduling.Calendar;
using QcdcBot.Scheduling.Tallies;
using QcdcBot.Storage.Deadlines;

namespace QcdcBot.Tests.Conversation;

/// <summary>An extension whose own date has passed with nothing handed in is overdue, the same in every view.</summary>
public sealed class ExpiredExtensionTests : IAsyncLifetime
{
    private BotHarness _bot = null!;
    private Deadline _deadline = null!;
    private string _secretary = null!;

    public async Task InitializeAsync()
    {
        _bot = await BotHarness.CreateAsync();
        _deadline = await _bot.AssignAsync("Báo cáo kết quả thực hiện quy chế dân chủ trước ngày 25/10/2024 cho CTK, KBNN");
        _secretary = await _bot.RegisterSecretaryAsync("CTK");
        var asked = await _bot.SayAsync(_secretary, "xin lùi hạn đến 29/10/2024 vì chờ lãnh đạo ký");
        await _bot.PressAsync(BotHarness.Admin, asked.Proactive[0].Message.Choices[0].Payload);
    }

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task While_it_runs_every_view_says_extended()
    {
        _bot.SetLocalTime(2024, 10, 29, 16, 0);

        Assert.Contains("Được gia hạn: 1", (await _bot.SayAsync(BotHarness.Admin, $"/tinhhinh #{_deadline.Id}")).Text(), StringComparison.Ordinal);
        Assert.Contains("⏳ đã được gia hạn", (await _bot.SayAsync(_secretary, "/viec")).Text(), StringComparison.Ordinal);
        Assert.Equal("có", (await RowAsync("CTK"))[^1]);
    }

    [Fact]
    public async Task Once_its_date_has_passed_every_view_says_overdue_and_none_says_extended()
    {
        _bot.SetLocalTime(2024, 10, 31, 9, 0);

        var progress = (await _bot.SayAsync(BotHarness.Admin, $"/tinhhinh #{_deadline.Id}")).Text();
        var digest = (await _bot.SayAsync(BotHarness.Admin, "/tonghop")).Text();
        var missing = (await _bot.SayAsync(BotHarness.Admin, $"/chuanop #{_deadline.Id}")).Text();
        var tasks = (await _bot.SayAsync(_secretary, "/viec")).Text();
        var tally = await _bot.Get<TallyService>().ForDeadlineAsync(_deadline);
        var counts = (await _bot.Get<TallyCounter>().CountAsync([_deadline], 10, _bot.Get<OfficeClock>().Today)).Deadlines[0];
        var sheet = await _bot.Get<SheetSource>().ReadAsync(_deadline, CancellationToken.None);

        Assert.Contains("Được gia hạn: 0", progress, StringComparison.Ordinal);
        Assert.Contains("• Hết gia hạn hoặc bị từ chối gia hạn: 1", progress, StringComparison.Ordinal);
        Assert.Contains("Chưa nộp, chưa trả lời: 1", progress, StringComparison.Ordinal);
        Assert.DoesNotContain("được gia hạn", digest[digest.IndexOf("quy chế dân chủ", StringComparison.Ordinal)..].Split("\n\n")[0], StringComparison.Ordinal);
        Assert.Contains("hết gia hạn", missing, StringComparison.Ordinal);
        Assert.DoesNotContain("đã được gia hạn", tasks, StringComparison.Ordinal);
        Assert.Contains("quá hạn 2 ngày", tasks, StringComparison.Ordinal);
        Assert.Equal(0, tally.Extended);
        Assert.Equal(0, counts.Extended);
        Assert.Equal(0, sheet.Counts.Extended);
        Assert.Equal([1, 1, 1], new[] { tally.Silent, counts.Silent, sheet.Counts.Silent });
        Assert.Equal([1, 1, 1], new[] { tally.Count(StandingBucket.ExtensionLapsed), counts.Count(StandingBucket.ExtensionLapsed), sheet.Counts.Count(StandingBucket.ExtensionLapsed) });
        Assert.NotEqual("có", (await RowAsync("CTK"))[^1]);
    }

    [Fact]
    public async Task A_unit_whose_extension_ran_out_counts_as_overdue_with_its_extension_in_every_view_never_as_silent()
    {
        _bot.SetLocalTime(2024, 11, 4, 10, 30);

        var progress = (await _bot.SayAsync(BotHarness.Admin, $"/tinhhinh {_deadline.Id}")).Text();
        var digest = (await _bot.SayAsync(BotHarness.Admin, "/tonghop")).Text();
        var missing = (await _bot.SayAsync(BotHarness.Admin, $"/chuanop {_deadline.Id}")).Text();

        // KBNN never answered; CTK asked, was granted 29/10 and let it pass: two different stories.
        Assert.Contains("• Hết gia hạn hoặc bị từ chối gia hạn: 1", progress, StringComparison.Ordinal);
        Assert.Contains("• Chưa nộp, chưa trả lời: 1", progress, StringComparison.Ordinal);
        Assert.Contains("1 hết gia hạn hoặc bị từ chối gia hạn · 1 chưa trả lời", digest, StringComparison.Ordinal);
        Assert.Contains("hết gia hạn hoặc bị từ chối gia hạn 1, chưa trả lời 1", missing, StringComparison.Ordinal);
        Assert.Contains("CTK) — hết gia hạn (đến 29/10/2024), quá hạn", missing, StringComparison.Ordinal);
        using var book = new QcdcBot.Tests.Exports.OpenedWorkbook((await _bot.Get<ProgressWorkbook>().BuildAsync([_deadline], CancellationToken.None)).Bytes);
        Assert.Equal(1, book.Number("Tổng hợp", "L2"));
        Assert.Equal("Hết gia hạn hoặc bị từ chối gia hạn", book.Text("Tổng hợp", "S1"));
        Assert.Equal(1, book.Number("Tổng hợp", "S2"));
    }

    private async Task<string?[]> RowAsync(string code)
    {
        var sheet = await _bot.Get<SheetSource>().ReadAsync(_deadline, CancellationToken.None);
        var row = DeadlineSheet.Rows(sheet, _bot.Get<OfficeClock>()).Single(r => r[0] is TextCell t && t.Text == code);
        return row.Select(c => (c as TextCell)?.Text).ToArray();
    }
}
