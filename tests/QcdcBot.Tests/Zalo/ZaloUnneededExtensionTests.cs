using System.Text.RegularExpressions;
using QcdcBot.Storage.ExtensionRequests;

namespace QcdcBot.Tests.Zalo;

/// <summary>
/// "Không" to approving a request anyway after the unit handed in on time closes it as no longer needed: recorded, the
/// unit told in a line, and it no longer waits in /donvi or a lone number; /duyet and /tuchoi with no number list the
/// requests still waiting.
/// </summary>
public sealed partial class ZaloConversationTests
{
    [Fact]
    public async Task No_to_approving_anyway_after_an_on_time_hand_in_closes_the_request_as_no_longer_needed()
    {
        await ZaloSeed.SecretaryAsync(_host, Secretary);
        var deadline = await ZaloSeed.DeadlineAsync(_host, "Báo cáo kết quả thực hiện dân chủ ở cơ sở năm 2027", new DateOnly(2027, 12, 14));
        var shown = await AskExtensionAsync(deadline, "21/12/2027");
        var id = Regex.Match(shown.Text!, @"Đề nghị gia hạn số (\d+)").Groups[1].Value;
        _api.Enqueue(ZaloEvents.Image(Secretary, _api.AddImage("dc.jpg", [3, 1, 4]), caption: $"#{deadline.Id}"));
        await _api.WaitForMessageAsync(Secretary, "Biên nhận số");
        _api.Enqueue(ZaloEvents.Text(ZaloTestHost.Admin, $"/duyet #{id}"));
        await _api.WaitForMessageAsync(ZaloTestHost.Admin, "Vẫn đồng ý gia hạn?");

        _api.Enqueue(ZaloEvents.Text(ZaloTestHost.Admin, "3"));

        await _api.WaitForMessageAsync(ZaloTestHost.Admin, $"Đã đóng đề nghị số {id}");
        await _api.WaitForMessageAsync(Secretary, "không còn cần");
        var request = Assert.Single(await _host.Get<ExtensionRequestStore>().ForDeadlineAsync(deadline.Id));
        Assert.NotEqual(ExtensionState.Pending, request.State);
        Assert.True(request.Unneeded);
        _api.Enqueue(ZaloEvents.Text(ZaloTestHost.Admin, "/donvi NHNN"));
        var record = await _api.WaitForMessageAsync(ZaloTestHost.Admin, "Xin gia hạn đến");
        Assert.DoesNotContain("đang chờ", record.Text, StringComparison.Ordinal);
        _api.Enqueue(ZaloEvents.Text(ZaloTestHost.Admin, "1"));
        var lone = await _api.WaitForMessageAsync(ZaloTestHost.Admin, "chưa chọn gì");
        Assert.DoesNotContain($"đề nghị gia hạn số {id}", lone.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/duyet")]
    [InlineData("/tuchoi")]
    public async Task Deciding_with_no_number_lists_the_requests_waiting(string command)
    {
        await ZaloSeed.SecretaryAsync(_host, Secretary);
        var deadline = await ZaloSeed.DeadlineAsync(_host, "Kế hoạch hội nghị đối thoại năm 2028", new DateOnly(2027, 12, 11));
        var shown = await AskExtensionAsync(deadline, "19/12/2027");
        var id = Regex.Match(shown.Text!, @"Đề nghị gia hạn số (\d+)").Groups[1].Value;

        _api.Enqueue(ZaloEvents.Text(ZaloTestHost.Admin, command));

        var list = await _api.WaitForMessageAsync(ZaloTestHost.Admin, "đang chờ (1)");
        Assert.Contains($"Số {id}: NHNN — việc #{deadline.Id} \"Kế hoạch hội nghị đối thoại năm 2028\" xin đến 19/12/2027 (gửi ngày ", list.Text, StringComparison.Ordinal);
        Assert.Equal(ExtensionState.Pending, Assert.Single(await _host.Get<ExtensionRequestStore>().ForDeadlineAsync(deadline.Id)).State);
    }
}
