using QcdcBot.Storage.Deadlines;
using QcdcBot.Storage.Statuses;
using QcdcBot.Storage.Submissions;

namespace QcdcBot.Tests.Zalo;

/// <summary>
/// Words naming a closed or cancelled deadline are not a riddle: the answer says that deadline has ended (and how to
/// reopen it), then offers the open ones or nothing; nothing is filed on the only open deadline.
/// </summary>
public sealed partial class ZaloConversationTests
{
    [Fact]
    public async Task A_photo_captioned_with_a_closed_deadlines_name_says_it_closed_and_how_to_reopen_then_offers_the_open_ones()
    {
        var (unit, _) = await ZaloSeed.SecretaryAsync(_host, Secretary);
        var closed = await ZaloSeed.DeadlineAsync(_host, "Báo cáo sơ kết 6 tháng đầu năm", new DateOnly(2027, 6, 20));
        var open = await ZaloSeed.DeadlineAsync(_host, "Kế hoạch kiểm tra năm 2028", new DateOnly(2027, 12, 28));
        await _host.Get<DeadlineStore>().CloseAsync(closed.Id, $"zalo:{ZaloTestHost.Admin}");

        _api.Enqueue(ZaloEvents.Image(Secretary, _api.AddImage("sk.jpg", [3, 6, 1]), "so ket 6 thang"));
        var question = await _api.WaitForMessageAsync(Secretary, "nộp cho việc nào?");

        Assert.Contains($"việc #{closed.Id} \"Báo cáo sơ kết 6 tháng đầu năm\" đã đóng ngày ", question.Text, StringComparison.Ordinal);
        Assert.Contains($"/mohan #{closed.Id}", question.Text, StringComparison.Ordinal);
        Assert.Contains($"#{open.Id} Kế hoạch kiểm tra năm 2028", question.Text, StringComparison.Ordinal);
        Assert.Contains("0) Không phải việc nào ở trên", question.Text, StringComparison.Ordinal);
        Assert.Null(await _host.Get<SubmissionStore>().LatestAsync(unit.Id, open.Id));
    }

    [Fact]
    public async Task A_status_reply_naming_a_cancelled_deadline_says_it_was_cancelled_before_asking_which()
    {
        var (unit, _) = await ZaloSeed.SecretaryAsync(_host, Secretary);
        var cancelled = await ZaloSeed.DeadlineAsync(_host, "Báo cáo tự kiểm tra tài chính", new DateOnly(2027, 11, 30));
        await ZaloSeed.DeadlineAsync(_host, "Kế hoạch kiểm tra năm 2028", new DateOnly(2027, 12, 28));
        await _host.Get<DeadlineStore>().CancelAsync(cancelled.Id, $"zalo:{ZaloTestHost.Admin}");

        _api.Enqueue(ZaloEvents.Text(Secretary, "bc tu kiem tra tai chinh dang lam a"));
        await _api.WaitForMessageAsync(Secretary, "cho việc nào?");

        Assert.Contains(_api.MessagesTo(Secretary), m => m.Contains($"Việc #{cancelled.Id} \"Báo cáo tự kiểm tra tài chính\" đã hủy", StringComparison.Ordinal));
        Assert.Empty(await _host.Get<StatusNoteStore>().ForUnitAsync(unit.Id));
    }
}
