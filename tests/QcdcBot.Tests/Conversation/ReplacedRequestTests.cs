using QcdcBot.Storage.Statuses;

namespace QcdcBot.Tests.Conversation;

/// <summary>A secretary whose pending request is replaced by a newer one is told so in the same answer, and the old one cannot be decided.</summary>
public sealed class ReplacedRequestTests : IAsyncLifetime
{
    private BotHarness _bot = null!;
    private string _secretary = null!;

    public async Task InitializeAsync()
    {
        _bot = await BotHarness.CreateAsync();
        await _bot.AssignAsync("Báo cáo kết quả kiểm tra giám sát trước ngày 25/10/2024 cho XDGT, BVDK");
        _secretary = await _bot.RegisterSecretaryAsync("XDGT");
    }

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task A_second_extension_request_tells_the_secretary_it_replaces_the_first()
    {
        await _bot.SayAsync(_secretary, "xin gia hạn đến 29/10/2024 chờ ký");

        var second = (await _bot.SayAsync(_secretary, "/giahan 1/11/2024 vì thiếu số liệu")).Text();

        Assert.Contains("Đã gửi đề nghị gia hạn", second, StringComparison.Ordinal);
        Assert.Contains("thay cho đề nghị số 1 trước đó của đơn vị", second, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("đang làm ạ")]
    [InlineData("em đã gửi bản giấy rồi")]
    public async Task A_reply_after_a_pending_nothing_to_report_claim_says_it_replaces_it_and_the_old_claim_is_not_decided(string reply)
    {
        var claim = await _bot.SayAsync(_secretary, "dv ko co phat sinh gi a");

        var answer = (await _bot.SayAsync(_secretary, reply)).Text();
        var decided = (await _bot.PressAsync(BotHarness.Admin, claim.Proactive[0].Message.Choices[0].Payload)).Text();

        Assert.Contains("Thay cho báo \"không có nội dung phát sinh\" trước đó", answer, StringComparison.Ordinal);
        Assert.Contains("đã được thay bằng trả lời mới hơn", decided, StringComparison.Ordinal);
        Assert.All(await _bot.Get<StatusNoteStore>().ForUnitAsync((await _bot.UnitAsync("XDGT")).Id), n => Assert.Null(n.AcceptedAt));
    }
}
