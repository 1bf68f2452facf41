using QcdcBot.Storage.Statuses;
using QcdcBot.Storage.Submissions;

namespace QcdcBot.Tests.Zalo;

/// <summary>Over Zalo, where nobody can reply to a message: a deadline's number typed anywhere decides, and lists are typed by that number.</summary>
public sealed partial class ZaloConversationTests
{
    [Fact]
    public async Task A_hash_number_anywhere_in_a_status_or_a_caption_picks_that_deadline_over_the_one_last_written_about()
    {
        var (unit, _) = await ZaloSeed.SecretaryAsync(_host, Secretary);
        var reminded = await ZaloSeed.DeadlineAsync(_host, "Báo cáo kết quả hội nghị nhân dân", new DateOnly(2027, 12, 15));
        var worked = await ZaloSeed.DeadlineAsync(_host, "Kế hoạch tuyên truyền năm 2028", new DateOnly(2027, 12, 20));
        var photographed = await ZaloSeed.DeadlineAsync(_host, "Báo cáo chuyên đề dân vận khéo", new DateOnly(2027, 12, 22));
        _api.Enqueue(ZaloEvents.Text(ZaloTestHost.Admin, $"/nhacngay #{reminded.Id}"));
        await _api.WaitForMessageAsync(Secretary, "Nhắc việc");

        _api.Enqueue(ZaloEvents.Text(Secretary, $"ben em van dang lam #{worked.Id} a"));
        var status = await _api.WaitForMessageAsync(Secretary, "Đã ghi nhận");
        Assert.Contains("Kế hoạch tuyên truyền năm 2028", status.Text, StringComparison.Ordinal);
        var notes = _host.Get<StatusNoteStore>();
        Assert.Equal(StatusState.InProgress, (await notes.LatestForDeadlineAsync(worked.Id))[unit.Id].State);
        Assert.Empty(await notes.LatestForDeadlineAsync(reminded.Id));

        // The status answer was about the second deadline; the caption names the third.
        _api.Enqueue(ZaloEvents.Image(Secretary, _api.AddImage("trang.jpg", [0xFF, 0xD8, 0xFF, 0xE0, 9, 8, 7]), $"#{photographed.Id} ban chup bao cao"));
        var receipt = await _api.WaitForMessageAsync(Secretary, "Biên nhận số");
        Assert.Contains("dân vận khéo", receipt.Text, StringComparison.Ordinal);
        var store = _host.Get<SubmissionStore>();
        Assert.NotNull(await store.LatestAsync(unit.Id, photographed.Id));
        Assert.Null(await store.LatestAsync(unit.Id, worked.Id));
        Assert.DoesNotContain(_api.MessagesTo(Secretary), m => m.Contains("Hiểu là việc", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_number_typed_to_which_deadline_is_the_deadlines_own_number_not_its_place_in_the_list()
    {
        var (unit, _) = await ZaloSeed.SecretaryAsync(_host, Secretary);
        // Created latest-due first, so the list (soonest first) puts them in the reverse order of their numbers.
        var late = await ZaloSeed.DeadlineAsync(_host, "Báo cáo tổng kết năm", new DateOnly(2027, 12, 30));
        await ZaloSeed.DeadlineAsync(_host, "Báo cáo giữa kỳ", new DateOnly(2027, 12, 20));
        var soon = await ZaloSeed.DeadlineAsync(_host, "Kế hoạch kiểm tra", new DateOnly(2027, 12, 10));

        _api.Enqueue(ZaloEvents.Text(Secretary, "chi bo dang lam"));
        var question = await _api.WaitForMessageAsync(Secretary, "cho việc nào?");
        Assert.Contains($"\n  {soon.Id}) #{soon.Id} Kế hoạch kiểm tra", question.Text, StringComparison.Ordinal);

        // The soonest is listed first, but typing the first place's number would be the latest's id: the number is the id.
        _api.Enqueue(ZaloEvents.Text(Secretary, soon.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        await _api.WaitForMessageAsync(Secretary, "Đã ghi nhận");
        Assert.Equal(StatusState.InProgress, (await _host.Get<StatusNoteStore>().LatestForDeadlineAsync(soon.Id))[unit.Id].State);
        Assert.Empty(await _host.Get<StatusNoteStore>().LatestForDeadlineAsync(late.Id));
    }
}
