using System.Globalization;
using System.Text.RegularExpressions;

namespace QcdcBot.Tests.Zalo;

/// <summary>A deadline whose notice is held gets one answer wherever a secretary names it: the office is settling its date and will tell.</summary>
public sealed partial class ZaloConversationTests
{
    [Theory]
    [InlineData("/nopfile {0}")]
    [InlineData("{0}")]
    [InlineData("/giahan #{0} thêm 1 tuần vì chờ bí thư ký")]
    [InlineData("dang lam #{0}")]
    public async Task A_held_deadline_named_by_a_secretary_gets_the_one_answer_that_the_office_is_settling_it(string pattern)
    {
        _api.Enqueue(ZaloEvents.Text(ZaloTestHost.Admin, "/giao Báo cáo kết quả tiếp xúc cử tri trước 11/12/2027"));
        var created = await _api.WaitForMessageAsync(ZaloTestHost.Admin, "là ngày nghỉ");
        var id = long.Parse(Regex.Match(created.Text!, "#(\\d+)").Groups[1].Value, CultureInfo.InvariantCulture);
        await ZaloSeed.SecretaryAsync(_host, Secretary);
        await ZaloSeed.DeadlineAsync(_host, "Kế hoạch tuyên truyền năm 2028", new DateOnly(2027, 12, 20));

        _api.Enqueue(ZaloEvents.Text(Secretary, string.Format(CultureInfo.InvariantCulture, pattern, id)));

        var reply = await _api.WaitForMessageAsync(Secretary, "đang chốt hạn, sẽ báo khi xong");
        Assert.Contains($"#{id}", reply.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Báo cáo kết quả tiếp xúc cử tri", reply.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(_api.MessagesTo(Secretary), m => m.Contains("không có việc", StringComparison.OrdinalIgnoreCase) || m.StartsWith("Không thấy việc", StringComparison.Ordinal));
    }
}
