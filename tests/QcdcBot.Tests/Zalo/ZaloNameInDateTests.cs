using QcdcBot.Storage.ExtensionRequests;

namespace QcdcBot.Tests.Zalo;

/// <summary>
/// "gia han bc 6 thang den 6 thang 1 nam 2027": "6 tháng" is the deadline's name and part of the date; read apart
/// from the date, the words name the deadline, so the request goes to it without asking which.
/// </summary>
public sealed partial class ZaloConversationTests
{
    [Theory]
    [InlineData("gia han bc 6 thang den 8 thang 1 nam 2028 vi cho so lieu")]
    [InlineData("xin gia hạn báo cáo 6 tháng tới ngày 8 tháng 1 năm 2028")]
    public async Task A_deadline_name_sharing_words_with_the_date_is_read_apart_from_it(string typed)
    {
        await ZaloSeed.SecretaryAsync(_host, Secretary);
        _api.Enqueue(ZaloEvents.Text(ZaloTestHost.Admin, "/trogiup"));
        await _api.WaitForMessageAsync(ZaloTestHost.Admin, "quản trị");
        var deadline = await ZaloSeed.DeadlineAsync(_host, "Báo cáo 6 tháng cuối năm", new DateOnly(2027, 12, 15));
        await ZaloSeed.DeadlineAsync(_host, "Kế hoạch tuyên truyền năm 2028", new DateOnly(2027, 12, 20));

        _api.Enqueue(ZaloEvents.Text(Secretary, typed));

        await _api.WaitForMessageAsync(ZaloTestHost.Admin, "Đề nghị gia hạn số");
        var sent = await _api.WaitForMessageAsync(Secretary, "Đã gửi đề nghị gia hạn");
        Assert.Contains("8/1/2028", sent.Text, StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2028, 1, 8), Assert.Single(await _host.Get<ExtensionRequestStore>().ForDeadlineAsync(deadline.Id)).RequestedDate);
        Assert.DoesNotContain(_api.MessagesTo(Secretary), m => m.Contains("cho việc nào", StringComparison.Ordinal));
    }
}
