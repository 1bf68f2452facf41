using System.Net;
using QcdcBot.Bot.Web.Upload;
using QcdcBot.Storage.Submissions;

namespace QcdcBot.Tests.Web;

/// <summary>
/// The page's rule for files sent again soon after: what it says under the choice is what it does. A file of a kind
/// the submission already holds joins it unchosen (a PDF after a PDF and a Word file); files the unit already handed
/// in, alone or with "Nộp bản mới", are named as skipped and never make a version that would demote the signed one.
/// </summary>
public sealed partial class UploadPageHttpTests
{
    private static readonly (string Name, string Value)[] NewVersion = [(UploadPage.ChoiceField, UploadPage.NewVersionChoice)];

    [Theory]
    [InlineData("bc.pdf")]
    [InlineData("ban chinh thuc da ky.docx")]
    public async Task One_file_of_the_submission_again_as_a_new_version_changes_nothing_and_is_named_as_skipped(string again)
    {
        var url = _page.Local(await _page.LinkAsync());
        await PostAsync(url, await TokenAsync(url), ("bc.pdf", [1, 1]), ("ban chinh thuc da ky.docx", [2, 2]));
        await _page.Api.WaitForMessageAsync(UploadPageHost.Secretary, "Biên nhận số");

        var (status, html) = await PostAsync(url, await TokenAsync(url), raw: false, NewVersion, (again, again.EndsWith(".pdf", StringComparison.Ordinal) ? [1, 1] : [2, 2]));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains($"Tệp {again} đã được nhận trước đó", html, StringComparison.Ordinal);
        Assert.Contains("Không có bản mới", html, StringComparison.Ordinal);
        var only = Assert.Single(await _page.Host.Get<SubmissionStore>().AllForDeadlineAsync(_page.Deadline.Id));
        Assert.Equal(2, only.Files.Count);
        Assert.Single(_page.Api.MessagesTo(UploadPageHost.Secretary), m => m.Contains("Biên nhận số", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_new_pdf_unchosen_after_a_pdf_and_word_submission_joins_it_as_the_page_says()
    {
        var url = _page.Local(await _page.LinkAsync());
        await PostAsync(url, await TokenAsync(url), ("m3.pdf", [3, 3]), ("ke hoach qcdc 2027.docx", [4, 4]));
        var form = await _http.GetStringAsync(url);
        Assert.Contains("Không chọn: tệp PDF và tệp Word được thêm vào bài nộp này", form, StringComparison.Ordinal);

        var (status, html) = await PostAsync(url, await TokenAsync(url), ("m4.pdf", [5, 5]));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.DoesNotContain("Chưa nhận bài nộp này", html, StringComparison.Ordinal);
        Assert.Contains("Đã thêm vào bài nộp", html, StringComparison.Ordinal);
        var only = Assert.Single(await _page.Host.Get<SubmissionStore>().AllForDeadlineAsync(_page.Deadline.Id));
        Assert.Equal(["m3.pdf", "ke hoach qcdc 2027.docx", "m4.pdf"], only.Files.Select(f => f.OriginalName));
    }

    [Fact]
    public async Task The_same_file_again_unchosen_is_skipped_not_asked_about()
    {
        var url = _page.Local(await _page.LinkAsync());
        await PostAsync(url, await TokenAsync(url), ("m3.pdf", [3, 3]), ("ke hoach qcdc 2027.docx", [4, 4]));

        var (status, html) = await PostAsync(url, await TokenAsync(url), ("m3.pdf", [3, 3]));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.DoesNotContain("Tệp chọn lần này", html, StringComparison.Ordinal);
        Assert.Contains("đã được nhận trước đó", html, StringComparison.Ordinal);
        Assert.Equal(2, Assert.Single(await _page.Host.Get<SubmissionStore>().AllForDeadlineAsync(_page.Deadline.Id)).Files.Count);
    }

    [Fact]
    public async Task A_photo_unchosen_after_a_pdf_and_word_submission_is_still_asked_about()
    {
        var url = _page.Local(await _page.LinkAsync());
        await PostAsync(url, await TokenAsync(url), ("m3.pdf", [3, 3]), ("ke hoach qcdc 2027.docx", [4, 4]));

        var (_, html) = await PostAsync(url, await TokenAsync(url), ("trang-1.jpg", [6, 6]));

        Assert.Contains("Tệp chọn lần này là ảnh, còn bài nộp hiện có", html, StringComparison.Ordinal);
        Assert.Equal(2, Assert.Single(await _page.Host.Get<SubmissionStore>().AllForDeadlineAsync(_page.Deadline.Id)).Files.Count);
    }
}
