using QcdcBot.Storage.ExtensionRequests;

namespace QcdcBot.Tests.Zalo;

/// <summary>The reminder's "Xin gia hạn" carries no date: the bot asks for it and takes the next message as the answer.</summary>
public sealed partial class ZaloConversationTests
{
    [Fact]
    public async Task An_extension_asked_without_a_date_asks_until_when_and_the_next_message_is_the_answer()
    {
        await ZaloSeed.SecretaryAsync(_host, Secretary);
        var deadline = await ZaloSeed.DeadlineAsync(_host, "Báo cáo sơ kết QCDC quý I", new DateOnly(2027, 12, 19));

        _api.Enqueue(ZaloEvents.Text(Secretary, "/giahan"));
        await _api.WaitForMessageAsync(Secretary, "đến ngày nào?");
        _api.Enqueue(ZaloEvents.Text(Secretary, "27/12/2027 chi bo chua hop duoc"));

        await _api.WaitForMessageAsync(Secretary, "Đã gửi đề nghị gia hạn");
        var request = Assert.Single(await _host.Get<ExtensionRequestStore>().ForDeadlineAsync(deadline.Id));
        Assert.Equal(new DateOnly(2027, 12, 27), request.RequestedDate);
    }
}
