using System.Text.RegularExpressions;

namespace QcdcBot.Tests.Zalo;

/// <summary>A request shown again to the admin on Zalo says what each numbered option does, not only the command it runs.</summary>
public sealed partial class ZaloConversationTests
{
    [Fact]
    public async Task A_request_shown_again_after_a_refusal_reason_labels_each_option_with_what_it_does()
    {
        const string Colleague = "c0dd0000a66b88fe6d6a9";
        await ZaloSeed.SecretaryAsync(_host, Secretary);
        await ZaloSeed.SecretaryAsync(_host, Colleague, "CTK");
        await ZaloSeed.DeadlineAsync(_host, "Báo cáo sơ kết QCDC quý I", new DateOnly(2027, 12, 19));
        _api.Enqueue(ZaloEvents.Text(ZaloTestHost.Admin, "/trogiup"));
        await _api.WaitForMessageAsync(ZaloTestHost.Admin, "quản trị");
        _api.Enqueue(ZaloEvents.Text(Secretary, "/giahan 28/12/2027 chờ đại hội chi bộ"));
        await _api.WaitForMessageAsync(ZaloTestHost.Admin, "Đề nghị gia hạn số ");
        _api.Enqueue(ZaloEvents.Text(ZaloTestHost.Admin, "2"));
        await _api.WaitForMessageAsync(ZaloTestHost.Admin, "Lý do từ chối?");
        _api.Enqueue(ZaloEvents.Text(Colleague, "/giahan 27/12/2027 chưa họp chi ủy"));
        var second = await _api.WaitForMessageAsync(ZaloTestHost.Admin, "27/12/2027");
        var id = Regex.Match(second.Text!, @"Đề nghị gia hạn số (\d+)").Groups[1].Value;

        _api.Enqueue(ZaloEvents.Text(ZaloTestHost.Admin, "khong du ly do"));

        var again = await _api.WaitForMessageAsync(ZaloTestHost.Admin, "Còn chờ bạn trả lời");
        Assert.Contains($"Đồng ý (/duyet {id})", again.Text, StringComparison.Ordinal);
        Assert.Contains($"Từ chối (/tuchoi {id})", again.Text, StringComparison.Ordinal);
    }
}
