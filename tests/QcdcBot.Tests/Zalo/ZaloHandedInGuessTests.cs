using QcdcBot.Storage.Conversations;
using QcdcBot.Storage.Deadlines;
using QcdcBot.Storage.Submissions;
using QcdcBot.Storage.Units;

namespace QcdcBot.Tests.Zalo;

/// <summary>
/// An uncaptioned file goes to the deadline the bot last wrote about only while the unit still owes it: once that
/// one is handed in (by the bot, on paper, or answered "không có nội dung phát sinh"), the bot asks, with "0) Không".
/// </summary>
public sealed partial class ZaloConversationTests
{
    [Fact]
    public async Task An_uncaptioned_photo_after_the_last_written_deadline_was_handed_in_an_hour_ago_is_asked_about_not_filed_there()
    {
        var (unit, first, second) = await TwoOpenAsync();
        await SeedSubmissionAsync(unit, first, SubmissionMethod.Upload, TimeSpan.FromHours(1));
        await WroteAboutAsync(first);

        _api.Enqueue(ZaloEvents.Image(Secretary, _api.AddImage("scan.jpg", [7, 7, 7])));

        var question = await _api.WaitForMessageAsync(Secretary, "nộp cho việc nào?");
        Assert.Contains("  0) Không phải việc nào ở trên", question.Text, StringComparison.Ordinal);
        Assert.Contains(_api.MessagesTo(Secretary), m => m.Contains($"Việc bot nhắc bạn gần nhất là #{first.Id}", StringComparison.Ordinal) && m.Contains("đã nộp", StringComparison.Ordinal));
        Assert.Equal(1, (await _host.Get<SubmissionStore>().LatestAsync(unit.Id, first.Id))!.Version);

        _api.Enqueue(ZaloEvents.Text(Secretary, second.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        await _api.WaitForMessageAsync(Secretary, "Biên nhận số");
        Assert.NotNull(await _host.Get<SubmissionStore>().LatestAsync(unit.Id, second.Id));
        Assert.Equal(1, (await _host.Get<SubmissionStore>().LatestAsync(unit.Id, first.Id))!.Version);
    }

    [Fact]
    public async Task An_uncaptioned_photo_never_replaces_the_offices_paper_record_of_the_last_written_deadline()
    {
        var (unit, first, _) = await TwoOpenAsync();
        await SeedSubmissionAsync(unit, first, SubmissionMethod.Paper, TimeSpan.FromMinutes(1));
        await WroteAboutAsync(first);

        _api.Enqueue(ZaloEvents.Image(Secretary, _api.AddImage("scan.jpg", [7, 7, 8])));

        var question = await _api.WaitForMessageAsync(Secretary, "nộp cho việc nào?");
        Assert.Contains("  0) Không phải việc nào ở trên", question.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(_api.MessagesTo(Secretary), m => m.Contains("Biên nhận số", StringComparison.Ordinal));
        Assert.Equal(SubmissionMethod.Paper, (await _host.Get<SubmissionStore>().LatestAsync(unit.Id, first.Id))!.Method);
    }

    [Fact]
    public async Task An_uncaptioned_photo_never_replaces_a_paper_record_even_of_the_only_open_deadline()
    {
        var (unit, _) = await ZaloSeed.SecretaryAsync(_host, Secretary);
        var only = await ZaloSeed.DeadlineAsync(_host, "Báo cáo sơ kết QCDC quý I", new DateOnly(2027, 12, 19));
        await SeedSubmissionAsync(unit, only, SubmissionMethod.Paper, TimeSpan.FromMinutes(1));

        _api.Enqueue(ZaloEvents.Image(Secretary, _api.AddImage("scan.jpg", [7, 7, 9])));

        var question = await _api.WaitForMessageAsync(Secretary, "nộp cho việc nào?");
        Assert.Contains("  0) Không phải việc nào ở trên", question.Text, StringComparison.Ordinal);
        Assert.Equal(SubmissionMethod.Paper, (await _host.Get<SubmissionStore>().LatestAsync(unit.Id, only.Id))!.Method);
    }

    [Fact]
    public async Task An_uncaptioned_photo_after_nothing_to_report_on_the_last_written_deadline_is_asked_about()
    {
        var (unit, first, _) = await TwoOpenAsync();
        await RemindAsync(first);
        _api.Enqueue(ZaloEvents.Text(Secretary, "ko co nd phat sinh"));
        await _api.WaitForMessageAsync(Secretary, "Đã ghi nhận");

        _api.Enqueue(ZaloEvents.Image(Secretary, _api.AddImage("scan.jpg", [7, 7, 10])));

        await _api.WaitForMessageAsync(Secretary, "nộp cho việc nào?");
        Assert.Contains(_api.MessagesTo(Secretary), m => m.Contains($"Việc bot nhắc bạn gần nhất là #{first.Id}", StringComparison.Ordinal));
        Assert.Null(await _host.Get<SubmissionStore>().LatestAsync(unit.Id, first.Id));
    }

    [Fact]
    public async Task A_second_uncaptioned_photo_within_the_page_window_of_the_receipt_still_joins_it_as_a_page()
    {
        var (unit, first, _) = await TwoOpenAsync();
        await RemindAsync(first);
        _api.Enqueue(ZaloEvents.Image(Secretary, _api.AddImage("trang-1.jpg", [8, 1])));
        await _api.WaitForMessageAsync(Secretary, "Biên nhận số");

        _api.Enqueue(ZaloEvents.Image(Secretary, _api.AddImage("trang-2.jpg", [8, 2])));

        await _api.WaitForMessageAsync(Secretary, "bài nộp nay gồm 2 tệp/trang");
        Assert.Equal(2, (await _host.Get<SubmissionStore>().LatestAsync(unit.Id, first.Id))!.Files.Count);
    }

    private async Task<(Unit Unit, Deadline First, Deadline Second)> TwoOpenAsync()
    {
        var (unit, _) = await ZaloSeed.SecretaryAsync(_host, Secretary);
        var first = await ZaloSeed.DeadlineAsync(_host, "Báo cáo sơ kết QCDC quý I", new DateOnly(2027, 12, 19));
        var second = await ZaloSeed.DeadlineAsync(_host, "Kế hoạch QCDC năm 2028", new DateOnly(2027, 12, 30));
        return (unit, first, second);
    }

    private async Task RemindAsync(Deadline deadline)
    {
        _api.Enqueue(ZaloEvents.Text(ZaloTestHost.Admin, $"/nhacngay #{deadline.Id}"));
        await _api.WaitForMessageAsync(Secretary, $"Nhắc việc #{deadline.Id}");
    }

    /// <summary>The bot's last message to the secretary was about <paramref name="deadline"/> (a receipt, the office's notice): a handed-in unit gets no reminder.</summary>
    private Task WroteAboutAsync(Deadline deadline) =>
        _host.Get<MessageLinkStore>().AddAsync("zalo", Secretary, $"seed-{deadline.Id}", deadline.Id);

    private async Task SeedSubmissionAsync(Unit unit, Deadline deadline, SubmissionMethod method, TimeSpan ago)
    {
        var store = _host.Get<SubmissionStore>();
        var at = _host.Get<TimeProvider>().GetUtcNow() - ago;
        IReadOnlyList<IncomingFile> files = method == SubmissionMethod.Upload
            ? [new IncomingFile("cu.jpg", "image/jpeg", await store.PutFileAsync([9, 9, 9]), 3)]
            : [];
        await store.SubmitAsync(new NewSubmission(unit.Id, deadline.Id, at, DateOnly.FromDateTime(at.UtcDateTime), DateOnly.FromDateTime(at.UtcDateTime), deadline.DueDate, "test", "zalo", method, "bản giấy", files));
    }
}
