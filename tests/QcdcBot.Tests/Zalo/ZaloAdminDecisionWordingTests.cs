using System.Globalization;
using System.Text.RegularExpressions;
using QcdcBot.Storage.Statuses;

namespace QcdcBot.Tests.Zalo;

/// <summary>
/// The admin's decisions read one way: closing a request no longer needed is its own choice, not a second "Không"
/// beside the way out; a number that is no claim says so and lists the waiting ones; /khongchapnhan asks once as /chapnhan does.
/// </summary>
public sealed partial class ZaloConversationTests
{
    [Fact]
    public async Task Approving_a_request_after_an_on_time_hand_in_offers_closing_it_apart_from_the_single_way_out()
    {
        await ZaloSeed.SecretaryAsync(_host, Secretary);
        var deadline = await ZaloSeed.DeadlineAsync(_host, "Báo cáo kết quả thực hiện dân chủ ở cơ sở năm 2027", new DateOnly(2027, 12, 14));
        var shown = await AskExtensionAsync(deadline, "21/12/2027");
        var id = Regex.Match(shown.Text!, @"Đề nghị gia hạn số (\d+)").Groups[1].Value;
        _api.Enqueue(ZaloEvents.Image(Secretary, _api.AddImage("dc.jpg", [3, 1, 5]), caption: $"#{deadline.Id}"));
        await _api.WaitForMessageAsync(Secretary, "Biên nhận số");

        _api.Enqueue(ZaloEvents.Text(ZaloTestHost.Admin, $"/duyet {id}"));

        var asked = await _api.WaitForMessageAsync(ZaloTestHost.Admin, "Vẫn đồng ý gia hạn?");
        Assert.Contains("Đóng đề nghị", asked.Text, StringComparison.Ordinal);
        Assert.Single(asked.Text!.Split('\n'), line => Regex.IsMatch(line, @"^\s*\d\) Không\b"));
    }

    [Theory]
    [InlineData("/khongchapnhan {0} vì chưa rõ")]
    [InlineData("/chapnhan #{0}")]
    [InlineData("/khongchapnhan {0}")]
    public async Task A_decision_on_a_number_that_is_no_claim_says_so_and_lists_the_claims_waiting(string pattern)
    {
        var (unit, _) = await ZaloSeed.SecretaryAsync(_host, Secretary);
        await ZaloSeed.DeadlineAsync(_host, "Báo cáo sơ kết QCDC quý I", new DateOnly(2027, 12, 19));
        _api.Enqueue(ZaloEvents.Text(Secretary, "khong co noi dung phat sinh"));
        await _api.WaitForMessageAsync(ZaloTestHost.Admin, "/khongchapnhan");
        var note = Assert.Single(await _host.Get<StatusNoteStore>().ForUnitAsync(unit.Id));
        var missing = note.Id + 900;

        _api.Enqueue(ZaloEvents.Text(ZaloTestHost.Admin, string.Format(CultureInfo.InvariantCulture, pattern, missing)));

        var reply = await _api.WaitForMessageAsync(ZaloTestHost.Admin, $"số {missing}");
        Assert.Contains($"Không có báo cáo \"không có nội dung phát sinh\" số {missing}", reply.Text, StringComparison.Ordinal);
        Assert.Contains($"Số {note.Id}: NHNN", reply.Text, StringComparison.Ordinal);
        Assert.Null(Assert.Single(await _host.Get<StatusNoteStore>().ForUnitAsync(unit.Id)).AcceptedBy);
    }

    [Theory]
    [InlineData("/khongchapnhan {0}")]
    [InlineData("/khongchapnhan #{0} vì năm nay có phát sinh")]
    public async Task A_typed_refusal_of_a_claim_asks_once_naming_unit_and_deadline_before_anything_is_recorded(string pattern)
    {
        var (unit, _) = await ZaloSeed.SecretaryAsync(_host, Secretary);
        var deadline = await ZaloSeed.DeadlineAsync(_host, "Báo cáo sơ kết QCDC quý I", new DateOnly(2027, 12, 19));
        _api.Enqueue(ZaloEvents.Text(Secretary, "khong co noi dung phat sinh"));
        await _api.WaitForMessageAsync(ZaloTestHost.Admin, "/khongchapnhan");
        var note = Assert.Single(await _host.Get<StatusNoteStore>().ForUnitAsync(unit.Id));

        _api.Enqueue(ZaloEvents.Text(ZaloTestHost.Admin, string.Format(CultureInfo.InvariantCulture, pattern, note.Id)));

        var asked = await _api.WaitForMessageAsync(ZaloTestHost.Admin, "Không chấp nhận báo");
        Assert.Contains(deadline.Title, asked.Text, StringComparison.Ordinal);
        Assert.Contains("NHNN", asked.Text, StringComparison.Ordinal);
        Assert.Null(Assert.Single(await _host.Get<StatusNoteStore>().ForUnitAsync(unit.Id)).AcceptedBy);
        _api.Enqueue(ZaloEvents.Text(ZaloTestHost.Admin, "1"));
        await _api.WaitForMessageAsync(Secretary, "vẫn gửi báo cáo");
        Assert.NotNull(Assert.Single(await _host.Get<StatusNoteStore>().ForUnitAsync(unit.Id)).AcceptedBy);
    }
}
