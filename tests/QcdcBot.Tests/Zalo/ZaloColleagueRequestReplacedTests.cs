using QcdcBot.Storage.ExtensionRequests;

namespace QcdcBot.Tests.Zalo;

/// <summary>
/// One member's extension request replaces a colleague's pending one (same unit, same deadline): the office still sees
/// one request, the colleague is told theirs no longer stands, and the sender is told whose it replaced.
/// </summary>
public sealed partial class ZaloConversationTests
{
    [Theory]
    [InlineData("/giahan #{0} 22/12/2027 vi cho y kien chi uy")]
    [InlineData("#{0} xin gia hạn đến 22/12/2027 vì chờ ý kiến chi ủy")]
    public async Task A_request_replacing_a_colleagues_pending_one_tells_the_colleague_and_names_them_to_the_sender(string second)
    {
        const string Colleague = "5ec0000cc66b88fe6d6a9";
        await ZaloSeed.SecretaryAsync(_host, Secretary);
        await ZaloSeed.SecretaryAsync(_host, Colleague);
        var deadline = await ZaloSeed.DeadlineAsync(_host, "Kế hoạch QCDC năm 2028", new DateOnly(2027, 12, 10));
        await AskExtensionAsync(deadline, "18/12/2027");

        _api.Enqueue(ZaloEvents.Text(Colleague, string.Format(System.Globalization.CultureInfo.InvariantCulture, second, deadline.Id)));

        var sender = await _api.WaitForMessageAsync(Colleague, "thay cho đề nghị số");
        Assert.Contains($"của Thư ký NHNN (đến 18/12/2027), bot đã báo cho người đó", sender.Text, StringComparison.Ordinal);
        var told = await _api.WaitForMessageAsync(Secretary, "không còn hiệu lực");
        Assert.Contains("(đến 18/12/2027) được thay bằng đề nghị này", told.Text, StringComparison.Ordinal);
        Assert.Contains("22/12/2027", told.Text, StringComparison.Ordinal);
        var all = await _host.Get<ExtensionRequestStore>().ForDeadlineAsync(deadline.Id);
        Assert.Single(all, r => r.State == ExtensionState.Pending);
    }
}
