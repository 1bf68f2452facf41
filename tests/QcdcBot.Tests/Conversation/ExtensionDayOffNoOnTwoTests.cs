using QcdcBot.Storage.Deadlines;
using QcdcBot.Storage.ExtensionRequests;

namespace QcdcBot.Tests.Conversation;

/// <summary>
/// Issue 12 point 1 (tester12 F7): approving an extension to a day off asks once, and its 2 is "Không" as at every other
/// question: the habitual "2" approves nothing and tells the unit nothing; keeping the day off is 3, moving it 1.
/// </summary>
public sealed class ExtensionDayOffNoOnTwoTests
{
    [Theory]
    [InlineData("/duyet 1", "2")]
    [InlineData("/duyet #1", "0")]
    [InlineData("/duyet 1 2/11/2024", "2")]
    [InlineData("/duyet 1", "không")]
    public async Task The_habitual_no_at_a_day_off_approval_approves_nothing(string approval, string no)
    {
        await using var bot = await RequestAsync();

        var asked = await bot.SayAsync(BotHarness.Admin, approval);
        Assert.Contains("là ngày nghỉ", asked.Text(), StringComparison.Ordinal);
        Assert.Equal("Không", asked.Last().Choices[1].Label);
        var left = await bot.SayAsync(BotHarness.Admin, no);

        Assert.Empty(left.Proactive);
        Assert.Equal(ExtensionState.Pending, (await bot.Get<ExtensionRequestStore>().GetAsync(1))!.State);
        Assert.Empty(await bot.Get<DeadlineStore>().OverridesAsync(1));
    }

    [Fact]
    public async Task Three_keeps_the_day_off_and_one_moves_it()
    {
        await using var bot = await RequestAsync();

        var asked = await bot.SayAsync(BotHarness.Admin, "/duyet 1");
        var kept = await bot.SayAsync(BotHarness.Admin, "3");

        Assert.Equal("Giữ Chủ nhật, 3/11/2024 (ngày nghỉ)", asked.Last().Choices[2].Label);
        Assert.Contains("Đã đồng ý đề nghị số 1", kept.Text(), StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2024, 11, 3), (await bot.Get<DeadlineStore>().OverridesAsync(1))[(await bot.UnitAsync("CTK")).Id]);
    }

    private static async Task<BotHarness> RequestAsync()
    {
        var bot = await BotHarness.CreateAsync();
        await bot.AssignAsync("Báo cáo sơ kết dân vận khéo trước ngày 25/10/2024 cho CTK");
        var secretary = await bot.RegisterSecretaryAsync("CTK");
        await bot.SayAsync(secretary, "/giahan 3/11/2024 đang chờ ký");
        return bot;
    }
}
