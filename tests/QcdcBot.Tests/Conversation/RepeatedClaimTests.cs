using QcdcBot.Storage.Statuses;

namespace QcdcBot.Tests.Conversation;

/// <summary>
/// The same claim sent twice in a short while (a double tap, or typed again) is the one already recorded: the
/// secretary is told it was, nothing new is written and the admins are not told a second time.
/// </summary>
public sealed class RepeatedClaimTests
{
    [Theory]
    [InlineData("đã gửi bản giấy ạ")]
    [InlineData("e gui qua email r nhe")]
    [InlineData("khong co noi dung phat sinh a")]
    public async Task The_same_claim_sent_again_tells_nobody_twice_and_writes_nothing_new(string said)
    {
        await using var bot = await BotHarness.CreateAsync();
        var deadline = await bot.AssignAsync("Báo cáo nhanh tình hình trước ngày 30/10/2024 cho SYT, NHNN");
        var secretary = await bot.RegisterSecretaryAsync("SYT");

        var first = await bot.SayAsync(secretary, said);
        var again = await bot.SayAsync(secretary, said);

        Assert.Contains(first.Proactive, p => p.To.ChatId == BotHarness.Admin);
        Assert.DoesNotContain(again.Proactive, p => p.To.ChatId == BotHarness.Admin);
        Assert.Contains($"cho việc #{deadline.Id} \"Báo cáo nhanh tình hình\" lúc ", again.Text(), StringComparison.Ordinal);
        Assert.Contains("bot không báo lại", again.Text(), StringComparison.Ordinal);
        Assert.Single(await bot.Get<StatusNoteStore>().ForUnitAsync((await bot.UnitAsync("SYT")).Id));
    }
}
