using QcdcBot.Storage.ExtensionRequests;

namespace QcdcBot.Tests.Conversation;

/// <summary>
/// A bare number from an admin after they moved on from a request's choices (other commands in between) writes nothing
/// and gets one answer: no question to pick from, and the request still to decide with how to decide it, never "no
/// question is waiting" beside "waiting for your answer" (accept12 F3).
/// </summary>
public sealed class LoneNumberWaitingRequestTests
{
    [Theory]
    [InlineData("1")]
    [InlineData("0")]
    [InlineData("so 2")]
    public async Task A_lone_number_while_a_request_waits_is_one_answer_naming_the_request(string typed)
    {
        await using var bot = await BotHarness.CreateAsync();
        await bot.AssignAsync("Báo cáo kết quả đối thoại trước ngày 25/10/2024 cho CTK");
        var secretary = await bot.RegisterSecretaryAsync("CTK");
        await bot.SayAsync(secretary, "/giahan 3/11/2024 chờ họp chi ủy");
        await bot.SayAsync(BotHarness.Admin, "/hanchot");

        var lone = (await bot.SayAsync(BotHarness.Admin, typed)).Text();

        Assert.DoesNotContain("không có câu hỏi nào đang chờ", lone, StringComparison.Ordinal);
        Assert.DoesNotContain("Đang chờ bạn trả lời", lone, StringComparison.Ordinal);
        Assert.Contains("Bot không đang hỏi bạn câu nào để chọn bằng số", lone, StringComparison.Ordinal);
        Assert.Contains("Chưa quyết định: đề nghị gia hạn số 1 (CTK", lone, StringComparison.Ordinal);
        Assert.Contains("/duyet 1", lone, StringComparison.Ordinal);
        Assert.Equal(ExtensionState.Pending, (await bot.Get<ExtensionRequestStore>().GetAsync(1))!.State);
    }
}
