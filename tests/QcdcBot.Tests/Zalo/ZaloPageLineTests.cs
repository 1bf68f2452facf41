using QcdcBot.Storage.Members;
using QcdcBot.Storage.Submissions;
using QcdcBot.Storage.Units;

namespace QcdcBot.Tests.Zalo;

/// <summary>
/// A page added to a submission is one short line to its sender and nothing to the unit's other members (they had the
/// receipt when the submission was made); a page joining a colleague's submission says whose it is and since when, and
/// one of another kind (a photo after their Word file) is asked about.
/// </summary>
public sealed partial class ZaloConversationTests
{
    private const string Colleague = "c011ea9e0a66b88fe6d6a9";

    [Fact]
    public async Task More_pages_get_one_short_line_to_every_member_and_no_repeat_of_the_receipt()
    {
        var (unit, _) = await ZaloSeed.SecretaryAsync(_host, Secretary);
        await ZaloSeed.SecretaryAsync(_host, SecondSecretary);
        var deadline = await ZaloSeed.DeadlineAsync(_host, "Báo cáo kiểm tra chuyên đề", new DateOnly(2027, 12, 22));

        _api.Enqueue(ZaloEvents.Image(Secretary, _api.AddImage("p1.jpg", [6, 1])));
        await _api.WaitForMessageAsync(Secretary, "Biên nhận số");
        _api.Enqueue(ZaloEvents.Image(Secretary, _api.AddImage("p2.jpg", [6, 2])));
        _api.Enqueue(ZaloEvents.Image(Secretary, _api.AddImage("p3.jpg", [6, 3])));
        var third = await _api.WaitForMessageAsync(Secretary, "Đã thêm trang 3");
        await _api.WaitForMessageAsync(SecondSecretary, "Đã thêm trang 3");

        var receiptNo = (await _host.Get<SubmissionStore>().LatestAsync(unit.Id, deadline.Id))!.ReceiptNo;
        Assert.Equal($"✅ Đã thêm trang 3 vào biên nhận số {receiptNo} (việc #{deadline.Id}): bài nộp nay gồm 3 tệp/trang.", third.Text);
        Assert.Contains(_api.MessagesTo(Secretary), m => m.StartsWith("✅ Đã thêm trang 2 vào", StringComparison.Ordinal));
        Assert.Single(_api.MessagesTo(SecondSecretary), m => m.StartsWith("✅ Đã nhận. Biên nhận số", StringComparison.Ordinal));
        Assert.Contains(_api.MessagesTo(SecondSecretary), m => m.StartsWith($"✅ Đã thêm trang 3 vào biên nhận số {receiptNo}", StringComparison.Ordinal) && m.Contains("Người nộp:", StringComparison.Ordinal));
        // The colleague's page-2 line may leave after page 3's (the outbox orders each chat's own messages, not the two chats').
        Assert.StartsWith("✅ Đã thêm trang 2 vào", (await _api.WaitForMessageAsync(SecondSecretary, "Đã thêm trang 2")).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_photo_soon_after_a_colleagues_photo_says_whose_submission_it_joined_and_since_when_and_tells_the_colleague_it_is_theirs()
    {
        await ColleagueAsync();
        await ZaloSeed.SecretaryAsync(_host, Secretary);
        await ZaloSeed.DeadlineAsync(_host, "Báo cáo kiểm tra chuyên đề", new DateOnly(2027, 12, 22));

        _api.Enqueue(ZaloEvents.Image(Colleague, _api.AddImage("anh-a.jpg", [6, 7])));
        await _api.WaitForMessageAsync(Colleague, "Biên nhận số");
        _api.Enqueue(ZaloEvents.Image(Secretary, _api.AddImage("anh-b.jpg", [6, 8])));

        var line = await _api.WaitForMessageAsync(Secretary, "Đã thêm trang 2");
        Assert.Contains("vào bài nộp của Nguyễn Thị Hoa lúc ", line.Text, StringComparison.Ordinal);
        var theirs = await _api.WaitForMessageAsync(Colleague, "Đã thêm trang 2");
        Assert.Contains("vào bài nộp của bạn lúc ", theirs.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Nguyễn Thị Hoa", (theirs.Text ?? string.Empty).Split('\n')[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_photo_soon_after_a_colleagues_word_file_from_the_upload_page_is_asked_about_not_joined_silently()
    {
        var (unit, colleague) = await ColleagueAsync();
        await ZaloSeed.SecretaryAsync(_host, Secretary);
        var deadline = await ZaloSeed.DeadlineAsync(_host, "Báo cáo kiểm tra chuyên đề", new DateOnly(2027, 12, 22));
        var store = _host.Get<SubmissionStore>();
        var at = _host.Get<TimeProvider>().GetUtcNow().AddMinutes(-2);
        await store.SubmitAsync(new NewSubmission(unit.Id, deadline.Id, at, DateOnly.FromDateTime(at.UtcDateTime), DateOnly.FromDateTime(at.UtcDateTime), deadline.DueDate,
            colleague.Key, "web", SubmissionMethod.Upload, string.Empty,
            [new IncomingFile("bao-cao-kiem-tra.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", await store.PutFileAsync([5, 5, 5]), 3)]));

        _api.Enqueue(ZaloEvents.Image(Secretary, _api.AddImage("chup.jpg", [6, 9])));
        var question = await _api.WaitForMessageAsync(Secretary, "hay nộp làm bản mới");

        Assert.Contains("Nguyễn Thị Hoa đã nộp tệp Word \"bao-cao-kiem-tra.docx\"", question.Text, StringComparison.Ordinal);
        Assert.Single((await store.LatestAsync(unit.Id, deadline.Id))!.Files);

        _api.Enqueue(ZaloEvents.Text(Secretary, "1"));
        var line = await _api.WaitForMessageAsync(Secretary, "Đã thêm trang 2");
        Assert.Contains("bài nộp của Nguyễn Thị Hoa", line.Text, StringComparison.Ordinal);
        Assert.Equal(2, (await store.LatestAsync(unit.Id, deadline.Id))!.Files.Count);
    }

    private async Task<(Unit Unit, Member Member)> ColleagueAsync()
    {
        var unit = (await _host.Get<UnitStore>().FindByCodeAsync("NHNN"))!;
        var invite = await _host.Get<InviteStore>().CreateAsync(unit.Id, TimeSpan.FromDays(1), "test");
        await _host.Get<MemberStore>().BindWithInviteAsync(invite.Code, "zalo", Colleague, Colleague, "Nguyễn Thị Hoa");
        return (unit, (await _host.Get<MemberStore>().FindAsync("zalo", Colleague))!);
    }
}
