namespace QcdcBot.Tests.Zalo;

/// <summary>When the office creates a deadline, each bound member of each unit it applies to hears of it once, with how to hand in on Zalo.</summary>
public sealed partial class ZaloConversationTests
{
    [Fact]
    public async Task A_new_deadline_reaches_each_bound_member_once_with_its_number_due_date_and_upload_link()
    {
        await ZaloSeed.SecretaryAsync(_host, Secretary);
        await ZaloSeed.SecretaryAsync(_host, SecondSecretary);

        _api.Enqueue(ZaloEvents.Text(ZaloTestHost.Admin, "/giao Báo cáo kết quả đối thoại trước 15/12/2027"));

        var created = await _api.WaitForMessageAsync(ZaloTestHost.Admin, "Đã giao việc #");
        var id = System.Text.RegularExpressions.Regex.Match(created.Text!, "#(\\d+)").Groups[1].Value;
        foreach (var member in new[] { Secretary, SecondSecretary })
        {
            var notice = await _api.WaitForMessageAsync(member, "📌 Việc mới #");
            Assert.StartsWith($"📌 Việc mới #{id}: Báo cáo kết quả đối thoại", notice.Text, StringComparison.Ordinal);
            Assert.Contains("Hạn: ", notice.Text, StringComparison.Ordinal);
            Assert.Contains("15/12/2027", notice.Text, StringComparison.Ordinal);
            Assert.Contains("mở đường dẫn nộp tệp: https://qcdc.example.vn/nop/", notice.Text, StringComparison.Ordinal);
        }

        // A marker after it: the notice came once.
        _api.Enqueue(ZaloEvents.Text(Secretary, "/toi"));
        await _api.WaitForMessageAsync(Secretary, "Mã tài khoản chat của bạn");
        Assert.Single(_api.MessagesTo(Secretary), m => m.StartsWith("📌 Việc mới", StringComparison.Ordinal));
        Assert.Empty(_api.MessagesTo(Stranger));
    }
}
