using System.Globalization;
using QcdcBot.Storage.Statuses;

namespace QcdcBot.Tests.Zalo;

/// <summary>A unit told to hand in after all, once its "không có nội dung phát sinh" is refused, is told how: its upload link.</summary>
public sealed partial class ZaloConversationTests
{
    [Theory]
    [InlineData("khong co noi dung phat sinh")]
    [InlineData("Dạ đơn vị em không có nội dung phát sinh ạ")]
    public async Task A_refused_nothing_to_report_tells_the_unit_how_to_hand_in_with_its_upload_link(string said)
    {
        var (unit, _) = await ZaloSeed.SecretaryAsync(_host, Secretary);
        var deadline = await ZaloSeed.DeadlineAsync(_host, "Báo cáo sơ kết QCDC quý I", new DateOnly(2027, 12, 19));
        _api.Enqueue(ZaloEvents.Text(Secretary, said));
        await _api.WaitForMessageAsync(ZaloTestHost.Admin, "/khongchapnhan");
        var note = Assert.Single(await _host.Get<StatusNoteStore>().ForUnitAsync(unit.Id));

        _api.Enqueue(ZaloEvents.Text(ZaloTestHost.Admin, "/khongchapnhan " + note.Id.ToString(CultureInfo.InvariantCulture)));
        await _api.WaitForMessageAsync(ZaloTestHost.Admin, "(đơn vị vẫn phải nộp, bot tiếp tục nhắc)?");
        _api.Enqueue(ZaloEvents.Text(ZaloTestHost.Admin, "1"));

        var notice = await _api.WaitForMessageAsync(Secretary, "vẫn gửi báo cáo");
        Assert.Contains($"Cách nộp: mở đường dẫn nộp tệp: https://qcdc.example.vn/nop/", notice.Text, StringComparison.Ordinal);
        Assert.Contains($"ghi #{deadline.Id})", notice.Text, StringComparison.Ordinal);
    }
}
