using System.Globalization;
using QcdcBot.Storage.Statuses;

namespace QcdcBot.Tests.Zalo;

/// <summary>Commands are shown only to those who may use them; a command alone lists what it could answer; a closing "ạ" is no part of a reason.</summary>
public sealed partial class ZaloConversationTests
{
    [Theory]
    [InlineData("chua nop {0}")]
    [InlineData("/chuanop #{0}")]
    public async Task A_leader_sees_a_request_waiting_without_the_admins_command_and_an_admin_sees_it(string pattern)
    {
        await ZaloSeed.SecretaryAsync(_host, Secretary);
        var deadline = await ZaloSeed.DeadlineAsync(_host, "Báo cáo sơ kết QCDC quý I", new DateOnly(2027, 12, 19));
        _api.Enqueue(ZaloEvents.Text(Secretary, "/giahan 28/12/2027 chờ đại hội chi bộ"));
        await _api.WaitForMessageAsync(ZaloTestHost.Admin, "Đề nghị gia hạn số ");
        var asked = string.Format(CultureInfo.InvariantCulture, pattern, deadline.Id);

        _api.Enqueue(ZaloEvents.Text(Leader, asked));
        var leaders = await _api.WaitForMessageAsync(Leader, "chờ duyệt");
        _api.Enqueue(ZaloEvents.Text(ZaloTestHost.Admin, asked));
        var admins = await _api.WaitForMessageAsync(ZaloTestHost.Admin, "chờ duyệt");

        Assert.DoesNotContain("/duyet", leaders.Text, StringComparison.Ordinal);
        Assert.Contains("(/duyet ", admins.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/chapnhan", "Chấp nhận: /chapnhan")]
    [InlineData("/khongchapnhan", "Không chấp nhận: /khongchapnhan")]
    public async Task An_excuse_decision_with_no_number_lists_the_claims_waiting_with_their_numbers(string command, string how)
    {
        var (unit, _) = await ZaloSeed.SecretaryAsync(_host, Secretary);
        var deadline = await ZaloSeed.DeadlineAsync(_host, "Báo cáo vụ việc khiếu nại phát sinh", new DateOnly(2027, 12, 9));
        _api.Enqueue(ZaloEvents.Text(Secretary, $"#{deadline.Id} khong co noi dung phat sinh"));
        await _api.WaitForMessageAsync(ZaloTestHost.Admin, "/chapnhan");
        var note = Assert.Single(await _host.Get<StatusNoteStore>().ForUnitAsync(unit.Id));

        _api.Enqueue(ZaloEvents.Text(ZaloTestHost.Admin, command));

        var list = await _api.WaitForMessageAsync(ZaloTestHost.Admin, "đang chờ (1)");
        Assert.Contains($"Số {note.Id}: NHNN — việc #{deadline.Id} \"Báo cáo vụ việc khiếu nại phát sinh\"", list.Text, StringComparison.Ordinal);
        Assert.Contains(how, list.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("20/12/2027 cho so lieu a", "20/12/2027 cho so lieu")]
    [InlineData("20/12/2027 vì chờ số liệu ạ", "20/12/2027 vì chờ số liệu")]
    [InlineData("20/12/2027 cho hop chi bo nhe", "20/12/2027 cho hop chi bo")]
    public async Task The_giahan_line_suggested_for_a_loose_date_leaves_out_a_closing_courtesy_word(string said, string line)
    {
        await ZaloSeed.SecretaryAsync(_host, Secretary);
        await ZaloSeed.DeadlineAsync(_host, "Báo cáo sơ kết QCDC quý I", new DateOnly(2027, 12, 10));
        await ZaloSeed.DeadlineAsync(_host, "Kế hoạch tuyên truyền năm 2028", new DateOnly(2027, 12, 15));

        _api.Enqueue(ZaloEvents.Text(Secretary, said));

        var reply = await _api.WaitForMessageAsync(Secretary, "/giahan #<mã việc>");
        Assert.Contains($"/giahan #<mã việc> {line} (thay", reply.Text, StringComparison.Ordinal);
    }
}
