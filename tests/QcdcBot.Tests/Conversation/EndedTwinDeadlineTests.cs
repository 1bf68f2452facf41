using QcdcBot.Storage.Deadlines;

namespace QcdcBot.Tests.Conversation;

/// <summary>A /giao repeating a closed or cancelled deadline (same title, date and units) points to reopening it before making a copy.</summary>
public sealed class EndedTwinDeadlineTests
{
    [Theory]
    [InlineData("/donghan", "đã đóng", "Kế hoạch tuyên truyền cho NHNN, CTK trước 10/12/2024")]
    [InlineData("/huyhan", "đã hủy", "ke hoach tuyen truyen cho CTK, NHNN truoc ngay 10/12/2024")]
    public async Task A_giao_repeating_an_ended_deadline_asks_first_and_names_mohan(string end, string how, string again)
    {
        await using var bot = await BotHarness.CreateAsync();
        var first = await bot.AssignAsync("Kế hoạch tuyên truyền cho NHNN, CTK trước 10/12/2024");
        await bot.SayConfirmedAsync(BotHarness.Admin, $"{end} #{first.Id}");
        var before = (await bot.Get<DeadlineStore>().ListAsync(includeClosed: true)).Count;

        var asked = (await bot.SayAsync(BotHarness.Admin, "/giao " + again)).Text();

        Assert.Contains($"Việc #{first.Id} \"Kế hoạch tuyên truyền\" cùng tên, cùng hạn 10/12/2024, cùng các đơn vị, {how}", asked, StringComparison.Ordinal);
        Assert.Contains($"/mohan {first.Id}", asked, StringComparison.Ordinal);
        Assert.Equal(before, (await bot.Get<DeadlineStore>().ListAsync(includeClosed: true)).Count);
        Assert.Contains("Đã giao việc", (await bot.SayAsync(BotHarness.Admin, "1")).Text(), StringComparison.Ordinal);
        Assert.Equal(before + 1, (await bot.Get<DeadlineStore>().ListAsync(includeClosed: true)).Count);
    }
}
