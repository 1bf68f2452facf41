using System.Globalization;
using System.Text.RegularExpressions;

namespace QcdcBot.Tests.Zalo;

/// <summary>
/// The example after an impossible extension date uses a real date after the deadline's current due date and a
/// neutral reason placeholder, never the person's own words copied back.
/// </summary>
public sealed partial class ZaloConversationTests
{
    [Theory]
    [InlineData("/giahan #{0} den 31/11 vi cho ky duyet")]
    [InlineData("xin gia hạn #{0} tới 30/2 do đợi thường vụ họp")]
    public async Task An_impossible_extension_date_is_answered_with_an_example_after_the_due_date_and_a_reason_placeholder(string typed)
    {
        await ZaloSeed.SecretaryAsync(_host, Secretary);
        var deadline = await ZaloSeed.DeadlineAsync(_host, "Báo cáo kết quả thực hiện quy chế dân chủ", new DateOnly(2027, 12, 15));

        _api.Enqueue(ZaloEvents.Text(Secretary, string.Format(CultureInfo.InvariantCulture, typed, deadline.Id)));

        var reply = (await _api.WaitForMessageAsync(Secretary, "không có thật")).Text!;
        var example = Regex.Match(reply, $@"ví dụ: /giahan #{deadline.Id} (\d{{1,2}}/\d{{1,2}}/\d{{4}}) <lý do>");
        Assert.True(example.Success, reply);
        Assert.True(DateOnly.ParseExact(example.Groups[1].Value, "d/M/yyyy", CultureInfo.InvariantCulture) > deadline.DueDate, reply);
        Assert.DoesNotContain("cho ky", reply, StringComparison.Ordinal);
        Assert.DoesNotContain("thường vụ", reply, StringComparison.Ordinal);
    }
}
