using QcdcBot.Storage.ExtensionRequests;

namespace QcdcBot.Tests.Zalo;

/// <summary>A reminder's choice typed by its words ("Xin gia hạn") is about the reminder's deadline: no "Hiểu là việc …" guess.</summary>
public sealed partial class ZaloConversationTests
{
    [Fact]
    public async Task The_reminders_xin_gia_han_choice_is_about_its_deadline_without_a_hedge()
    {
        await ZaloSeed.SecretaryAsync(_host, Secretary);
        await ZaloSeed.DeadlineAsync(_host, "Báo cáo sơ kết QCDC quý I", new DateOnly(2027, 12, 19));
        var reminded = await ZaloSeed.DeadlineAsync(_host, "Kế hoạch QCDC năm 2028", new DateOnly(2027, 12, 20));
        _api.Enqueue(ZaloEvents.Text(ZaloTestHost.Admin, $"/nhacngay #{reminded.Id}"));
        await _api.WaitForMessageAsync(Secretary, "Nhắc việc");

        // The choice typed by its words, as a phone user does, or by its number: both are about the reminder's deadline.
        _api.Enqueue(ZaloEvents.Text(Secretary, "Xin gia hạn"));
        await _api.WaitForMessageAsync(Secretary, "đến ngày nào?");
        _api.Enqueue(ZaloEvents.Text(Secretary, "27/12/2027 chi bo chua hop duoc"));

        await _api.WaitForMessageAsync(Secretary, "Đã gửi đề nghị gia hạn \"Kế hoạch QCDC năm 2028\"");
        Assert.Single(await _host.Get<ExtensionRequestStore>().ForDeadlineAsync(reminded.Id));
        Assert.DoesNotContain(_api.MessagesTo(Secretary), m => m.Contains("Hiểu là việc", StringComparison.Ordinal));
    }
}
