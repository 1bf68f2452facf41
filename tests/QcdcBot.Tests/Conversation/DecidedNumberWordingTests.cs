using QcdcBot.Storage.ExtensionRequests;
using QcdcBot.Storage.Statuses;

namespace QcdcBot.Tests.Conversation;

/// <summary>
/// A claim command given a number that is an extension request decided long ago says it is decided, and never
/// invites a /duyet or /tuchoi that cannot be taken (office15 finding 12).
/// </summary>
public sealed class DecidedNumberWordingTests
{
    [Theory]
    [InlineData("/chapnhan 1", "/duyet 1", "đã được đồng ý trước đó")]
    [InlineData("/khongchapnhan 1", "/duyet 1", "đã được đồng ý trước đó")]
    [InlineData("/chapnhan 1", "/tuchoi 1 không đủ lý do", "đã bị từ chối trước đó")]
    public async Task A_claim_number_naming_a_decided_request_says_it_is_decided(string command, string decide, string said)
    {
        await using var bot = await BotHarness.CreateAsync();
        await bot.AssignAsync("Báo cáo kết quả đối thoại trước ngày 25/10/2024 cho SYT, CTK");
        var email = await bot.RegisterSecretaryAsync("CTK");
        var asking = await bot.RegisterSecretaryAsync("SYT");
        await bot.SayAsync(email, "đã gửi qua email rồi ạ");
        await bot.SayAsync(asking, "/giahan 30/10/2024 chờ họp chi ủy");
        await bot.SayConfirmedAsync(BotHarness.Admin, decide);
        Assert.NotEqual(ExtensionState.Pending, (await bot.Get<ExtensionRequestStore>().GetAsync(1))!.State);
        var note = Assert.Single(await bot.Get<StatusNoteStore>().ForUnitAsync((await bot.UnitAsync("CTK")).Id));

        var reply = (await bot.SayAsync(BotHarness.Admin, command)).Text();

        Assert.Equal(1, note.Id);
        Assert.Contains($"Số 1 là đề nghị gia hạn của", reply, StringComparison.Ordinal);
        Assert.Contains(said, reply, StringComparison.Ordinal);
        Assert.DoesNotContain("/tuchoi 1", reply, StringComparison.Ordinal);
        Assert.DoesNotContain("/duyet 1", reply, StringComparison.Ordinal);
    }
}
