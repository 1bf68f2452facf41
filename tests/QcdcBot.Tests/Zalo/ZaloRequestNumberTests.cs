using QcdcBot.Storage.ExtensionRequests;

namespace QcdcBot.Tests.Zalo;

/// <summary>
/// The number under an extension request on Zalo is the request's button: it decides at once, as the button does on
/// Telegram, and names the request decided, even while another unit's request also waits.
/// </summary>
public sealed partial class ZaloConversationTests
{
    [Fact]
    public async Task The_admins_number_under_a_request_decides_it_at_once_while_another_request_waits()
    {
        const string Colleague = "c0aa0000a66b88fe6d6a9";
        await ZaloSeed.SecretaryAsync(_host, Secretary);
        await ZaloSeed.SecretaryAsync(_host, Colleague, "CTK");
        var deadline = await ZaloSeed.DeadlineAsync(_host, "Báo cáo chuyên đề học tập và làm theo gương Bác", new DateOnly(2027, 12, 10));
        _api.Enqueue(ZaloEvents.Text(ZaloTestHost.Admin, "/trogiup"));
        await _api.WaitForMessageAsync(ZaloTestHost.Admin, "quản trị");
        _api.Enqueue(ZaloEvents.Text(Colleague, $"/giahan #{deadline.Id} 14/12/2027 chờ chi ủy họp"));
        await _api.WaitForMessageAsync(ZaloTestHost.Admin, "Đề nghị gia hạn số ");
        _api.Enqueue(ZaloEvents.Text(Secretary, $"/giahan #{deadline.Id} 17/12/2027 chờ đại hội chi bộ"));
        await _api.WaitForMessageAsync(ZaloTestHost.Admin, "Đảng bộ Ngân hàng Nhà nước xin gia hạn");

        _api.Enqueue(ZaloEvents.Text(ZaloTestHost.Admin, "chọn 1"));

        var done = await _api.WaitForMessageAsync(ZaloTestHost.Admin, "Đã đồng ý đề nghị số ");
        Assert.Contains("(NHNN)", done.Text, StringComparison.Ordinal);
        Assert.Contains("17/12/2027", done.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(_api.MessagesTo(ZaloTestHost.Admin), m => m.Contains("Đồng ý đề nghị số", StringComparison.Ordinal));
        var states = (await _host.Get<ExtensionRequestStore>().ForDeadlineAsync(deadline.Id)).ToDictionary(r => r.RequestedDate.Day, r => r.State);
        Assert.Equal(ExtensionState.Approved, states[17]);
        Assert.Equal(ExtensionState.Pending, states[14]);
    }
}
