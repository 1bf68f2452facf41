using System.Net;
using QcdcBot.Storage.Statuses;
using QcdcBot.Storage.Submissions;

namespace QcdcBot.Tests.Web;

/// <summary>The upload page of a deadline the unit is excused from says so, says what an upload then does, and still takes one.</summary>
public sealed partial class UploadPageHttpTests
{
    [Fact]
    public async Task The_page_of_an_excused_deadline_says_the_unit_is_excused_and_an_upload_still_counts_as_handed_in()
    {
        var notes = _page.Host.Get<StatusNoteStore>();
        var nothing = await notes.AddAsync(_page.Unit.Id, _page.Deadline.Id, StatusState.NothingToReport, "không phát sinh", null, "test");
        await notes.AcceptExcuseAsync(nothing.Id, "test");
        var url = _page.Local(await _page.LinkAsync());

        var html = await _http.GetStringAsync(url);

        Assert.Contains("Đơn vị được miễn việc này (không có nội dung phát sinh, văn phòng đã chấp nhận)", html, StringComparison.Ordinal);
        Assert.Contains("được tính là đã nộp thay cho được miễn", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Chưa nộp lần nào.</p><div", html, StringComparison.Ordinal);
        var token = await TokenAsync(url);
        var (status, _) = await PostAsync(url, token, ("bao-cao.docx", new byte[2000]));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(1, await _page.StoredCountAsync());
    }

    [Fact]
    public async Task The_page_of_a_deadline_whose_excuse_waits_or_was_refused_says_nothing_of_an_excuse()
    {
        var notes = _page.Host.Get<StatusNoteStore>();
        await notes.AddAsync(_page.Unit.Id, _page.Deadline.Id, StatusState.NothingToReport, "không phát sinh", null, "test");

        var html = await _http.GetStringAsync(_page.Local(await _page.LinkAsync()));

        Assert.DoesNotContain("được miễn", html, StringComparison.Ordinal);
        Assert.Contains("Chưa nộp lần nào.", html, StringComparison.Ordinal);
    }
}
