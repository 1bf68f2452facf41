using QcdcBot.Scheduling.Tallies;
using QcdcBot.Storage.Deadlines;

namespace QcdcBot.Tests.Conversation;

/// <summary>
/// A request on a deadline the office ended is not "chờ duyệt" anywhere: /duyet has nothing to decide on it, and
/// /tonghop, /donvi and the tallies behind the digest agree; reopened (/mohan), it waits again (office18 F6).
/// </summary>
public sealed class EndedDeadlineRequestViewsTests
{
    [Fact]
    public async Task A_request_on_an_ended_deadline_is_waiting_in_no_view_and_waits_again_once_reopened()
    {
        await using var bot = await BotHarness.CreateAsync();
        var deadline = await bot.AssignAsync("Báo cáo chuyên đề dân vận trước ngày 25/10/2024 cho NHNN, SYT");
        var secretary = await bot.RegisterSecretaryAsync("NHNN");
        await bot.SayAsync(secretary, $"/giahan #{deadline.Id} 30/10/2024 chưa họp chi bộ");
        await bot.SayConfirmedAsync(BotHarness.Admin, $"/donghan #{deadline.Id}");

        var digest = (await bot.SayAsync(BotHarness.Admin, "/tonghop")).Text();
        var record = (await bot.SayAsync(BotHarness.Admin, "/donvi NHNN")).Text();
        var ended = await bot.Get<TallyService>().ForDeadlineAsync((await bot.Get<DeadlineStore>().GetAsync(deadline.Id))!);

        Assert.DoesNotContain("chờ duyệt", digest, StringComparison.Ordinal);
        Assert.DoesNotContain("Xin gia hạn đến 30/10/2024: đang chờ", record, StringComparison.Ordinal);
        Assert.Contains("Xin gia hạn đến 30/10/2024: không còn chờ duyệt (việc đã kết thúc)", record, StringComparison.Ordinal);
        Assert.Equal(0, ended.ExtensionPending);

        await bot.SayConfirmedAsync(BotHarness.Admin, $"/mohan {deadline.Id}");
        var reopened = await bot.Get<TallyService>().ForDeadlineAsync((await bot.Get<DeadlineStore>().GetAsync(deadline.Id))!);
        Assert.Equal(1, reopened.ExtensionPending);
    }
}
