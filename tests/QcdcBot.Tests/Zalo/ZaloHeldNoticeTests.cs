using System.Text.RegularExpressions;
using QcdcBot.Storage.ExtensionRequests;

namespace QcdcBot.Tests.Zalo;

/// <summary>
/// A deadline whose notice is held (the office's day-off question on /giao still open) is shown to no secretary, even
/// one bound after it was made, and takes no extension from them, until the units are told.
/// </summary>
public sealed partial class ZaloConversationTests
{
    [Fact]
    public async Task A_secretary_bound_after_a_deadline_whose_notice_is_held_neither_sees_it_nor_asks_more_time_for_it()
    {
        _api.Enqueue(ZaloEvents.Text(ZaloTestHost.Admin, "/giao Báo cáo kết quả tiếp xúc cử tri trước 11/12/2027"));
        var created = await _api.WaitForMessageAsync(ZaloTestHost.Admin, "là ngày nghỉ");
        var id = long.Parse(Regex.Match(created.Text!, "#(\\d+)").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        await ZaloSeed.SecretaryAsync(_host, Secretary);

        _api.Enqueue(ZaloEvents.Text(Secretary, "/viec"));
        var tasks = await _api.WaitForMessageAsync(Secretary, "không có việc nào");
        Assert.DoesNotContain($"#{id}", tasks.Text, StringComparison.Ordinal);
        _api.Enqueue(ZaloEvents.Text(Secretary, $"/giahan #{id} thêm 1 tuần vì chờ bí thư ký"));
        await _api.WaitForMessageAsync(Secretary, "chưa gửi đề nghị gia hạn");
        Assert.Empty(await _host.Get<ExtensionRequestStore>().ForDeadlineAsync(id));

        // Once the office keeps its date the units are told, and the newcomer sees it too.
        _api.Enqueue(ZaloEvents.Text(ZaloTestHost.Admin, "2"));
        await _api.WaitForMessageAsync(Secretary, $"Việc mới #{id}");
        _api.Enqueue(ZaloEvents.Text(Secretary, "viec"));
        await _api.WaitForAsync("sendMessage", c => c.ChatId == Secretary && c.Text!.Contains($"#{id} Báo cáo kết quả tiếp xúc cử tri", StringComparison.Ordinal));
    }
}
