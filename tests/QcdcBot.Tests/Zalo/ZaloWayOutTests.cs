using QcdcBot.Storage.Deadlines;
using QcdcBot.Storage.ExtensionRequests;

namespace QcdcBot.Tests.Zalo;

/// <summary>Every numbered choice on Zalo ends with a way out, and "0", "không", "khong", "ko", "hủy" take it.</summary>
public sealed partial class ZaloConversationTests
{
    [Fact]
    public async Task Approving_an_extension_to_a_day_off_offers_Khong_and_khong_leaves_the_request_undecided()
    {
        var (unit, _) = await ZaloSeed.SecretaryAsync(_host, Secretary);
        var deadline = await ZaloSeed.DeadlineAsync(_host, "Báo cáo sơ kết QCDC quý I", new DateOnly(2027, 12, 19));
        // 26/12/2027 is a Sunday.
        var request = await AskExtensionAsync(deadline, "26/12/2027");
        var id = Assert.Single(await _host.Get<ExtensionRequestStore>().ForDeadlineAsync(deadline.Id)).Id;

        _api.Enqueue(ZaloEvents.Text(ZaloTestHost.Admin, $"/duyet {id}"));
        var offer = await _api.WaitForMessageAsync(ZaloTestHost.Admin, "là ngày nghỉ");
        // "Không" sits on 2 here as in every question (ghinhan27's F7), so the habitual 2 approves nothing either.
        Assert.Contains("\n  2) Không", offer.Text, StringComparison.Ordinal);
        _api.Enqueue(ZaloEvents.Text(ZaloTestHost.Admin, "khong"));
        await _api.WaitForMessageAsync(ZaloTestHost.Admin, "Được, bot không làm gì cả");

        Assert.Empty(await _host.Get<DeadlineStore>().OverridesAsync(deadline.Id));
        Assert.Equal(ExtensionState.Pending, Assert.Single(await _host.Get<ExtensionRequestStore>().ForDeadlineAsync(deadline.Id)).State);
        Assert.DoesNotContain(_api.MessagesTo(Secretary), m => m.Contains("26/12/2027", StringComparison.Ordinal) && m.Contains("Đồng ý", StringComparison.Ordinal));

        // The proactive request's own choices end with the way out too, and "ko" takes it there.
        Assert.EndsWith("\n  0) Không", request.Text, StringComparison.Ordinal);
        _api.Enqueue(ZaloEvents.Text(ZaloTestHost.Admin, $"/duyet {id}"));
        await _api.WaitForAsync("sendMessage", c => c.ChatId == ZaloTestHost.Admin && _api.MessagesTo(ZaloTestHost.Admin).Count(m => m.Contains("là ngày nghỉ", StringComparison.Ordinal)) == 2);
        _api.Enqueue(ZaloEvents.Text(ZaloTestHost.Admin, "ko"));
        await _api.WaitForAsync("sendMessage", c => c.ChatId == ZaloTestHost.Admin && _api.MessagesTo(ZaloTestHost.Admin).Count(m => m.Contains("Được, bot không làm gì cả", StringComparison.Ordinal)) == 2);
        Assert.Empty(await _host.Get<DeadlineStore>().OverridesAsync(deadline.Id));
        Assert.Equal(unit.Id, Assert.Single(await _host.Get<ExtensionRequestStore>().ForDeadlineAsync(deadline.Id)).UnitId);
    }

    [Fact]
    public async Task A_question_with_its_own_do_nothing_choice_gets_no_second_way_out()
    {
        var deadline = await ZaloSeed.DeadlineAsync(_host, "Báo cáo sơ kết QCDC quý I", new DateOnly(2027, 12, 19));

        _api.Enqueue(ZaloEvents.Text(ZaloTestHost.Admin, $"/huyhan #{deadline.Id}"));

        var asked = await _api.WaitForMessageAsync(ZaloTestHost.Admin, "Hủy việc #");
        Assert.EndsWith("\n  2) Không", asked.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("0) Không", asked.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_status_question_which_deadline_offers_0_khong_and_0_records_nothing()
    {
        await ZaloSeed.SecretaryAsync(_host, Secretary);
        var first = await ZaloSeed.DeadlineAsync(_host, "Báo cáo sơ kết QCDC quý I", new DateOnly(2027, 12, 19));
        var second = await ZaloSeed.DeadlineAsync(_host, "Kế hoạch QCDC năm 2028", new DateOnly(2027, 12, 30));

        _api.Enqueue(ZaloEvents.Text(Secretary, "đang làm"));
        var question = await _api.WaitForMessageAsync(Secretary, "cho việc nào?");
        Assert.EndsWith("\n  0) Không", question.Text, StringComparison.Ordinal);
        _api.Enqueue(ZaloEvents.Text(Secretary, "0"));

        await _api.WaitForMessageAsync(Secretary, "Được, bot không làm gì cả");
        Assert.Empty(await _host.Get<QcdcBot.Storage.Statuses.StatusNoteStore>().LatestForDeadlineAsync(first.Id));
        Assert.Empty(await _host.Get<QcdcBot.Storage.Statuses.StatusNoteStore>().LatestForDeadlineAsync(second.Id));
    }

    [Fact]
    public async Task Tasks_mark_not_handed_in_with_a_cross_and_keep_the_hourglass_for_a_granted_extension_only()
    {
        await ZaloSeed.SecretaryAsync(_host, Secretary);
        var moved = await ZaloSeed.DeadlineAsync(_host, "Báo cáo sơ kết QCDC quý I", new DateOnly(2027, 12, 3));
        await ZaloSeed.DeadlineAsync(_host, "Kế hoạch QCDC năm 2028", new DateOnly(2027, 12, 30));
        await GrantExtensionAsync(moved, "10/12/2027");

        _api.Enqueue(ZaloEvents.Text(Secretary, "/viec"));
        var tasks = (await _api.WaitForMessageAsync(Secretary, "Việc của")).Text!.Split('\n');

        var extendedLine = Assert.Single(tasks, l => l.Contains('⏳'));
        Assert.Contains("Báo cáo sơ kết QCDC quý I", extendedLine, StringComparison.Ordinal);
        Assert.Contains("đã được gia hạn", extendedLine, StringComparison.Ordinal);
        Assert.Equal(2, tasks.Count(l => l.Contains("✗ Chưa nộp", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_number_outside_the_choices_is_asked_again_with_0_to_leave()
    {
        await ZaloSeed.SecretaryAsync(_host, Secretary);
        var deadline = await ZaloSeed.DeadlineAsync(_host, "Báo cáo sơ kết QCDC quý I", new DateOnly(2027, 12, 19));
        _api.Enqueue(ZaloEvents.Text(ZaloTestHost.Admin, $"/nhacngay #{deadline.Id}"));
        await _api.WaitForMessageAsync(Secretary, "Nhắc việc");

        _api.Enqueue(ZaloEvents.Text(Secretary, "9"));

        var again = await _api.WaitForMessageAsync(Secretary, "Xin chọn một số từ 1 đến");
        Assert.Contains("0 để thôi", again.Text, StringComparison.Ordinal);
    }
}
