using QcdcBot.Storage.Statuses;

namespace QcdcBot.Tests.Conversation;

/// <summary>
/// "gửi qua zalo cho chị Hoa": a paper sent over Zalo to a person of the office, which the bot never sees. Nothing is
/// recorded and nobody told, and the reply says so and how to be recorded, never "Bot chưa hiểu" ("… cho chị Hoa rồi" is
/// answered as "em gửi rồi": TerminalChatTests.DoubleTap).
/// </summary>
public sealed class ZaloToPersonReplyTests
{
    [Theory]
    [InlineData("gửi qua zalo cho chị Hoa")]
    [InlineData("bc nhanh em gui qua zalo cho chi Hoa a")]
    [InlineData("Em gửi cho anh Nam qua Zalo ạ")]
    [InlineData("em chụp bản giấy gửi qua zalo cho chị Hoa")]
    public async Task A_paper_sent_to_a_person_on_zalo_is_answered_plainly_and_records_nothing(string said)
    {
        await using var bot = await BotHarness.CreateAsync();
        await bot.AssignAsync("Báo cáo nhanh tình hình trước ngày 30/10/2024 cho SYT, CTK");
        var secretary = await bot.RegisterSecretaryAsync("CTK");

        var reply = await bot.SayAsync(secretary, said);

        Assert.Contains("Bot không xem được tin nhắn Zalo gửi riêng cho cán bộ", reply.Text(), StringComparison.Ordinal);
        Assert.DoesNotContain("chưa hiểu", reply.Text(), StringComparison.Ordinal);
        Assert.DoesNotContain(reply.Proactive, p => p.To.ChatId == BotHarness.Admin);
        Assert.Empty(await bot.Get<StatusNoteStore>().ForUnitAsync((await bot.UnitAsync("CTK")).Id));
    }

    [Fact]
    public async Task A_way_said_sent_beside_a_copy_on_zalo_is_still_recorded()
    {
        await using var bot = await BotHarness.CreateAsync();
        await bot.AssignAsync("Báo cáo nhanh tình hình trước ngày 30/10/2024 cho SYT, CTK");
        var secretary = await bot.RegisterSecretaryAsync("CTK");

        await bot.SayAsync(secretary, "em đã gửi bản giấy rồi, có chụp gửi qua zalo cho chị Hoa");

        Assert.Equal(StatusState.SentOnPaper, Assert.Single(await bot.Get<StatusNoteStore>().ForUnitAsync((await bot.UnitAsync("CTK")).Id)).State);
    }
}
