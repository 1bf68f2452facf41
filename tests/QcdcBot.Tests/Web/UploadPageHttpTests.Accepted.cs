using System.Net;
using QcdcBot.Bot.Web.Upload;
using QcdcBot.Storage.Submissions;

namespace QcdcBot.Tests.Web;

/// <summary>The upload page's accepted files, over plain HTTP: what is stored (pages added, a new version, an album) and who in chat is told.</summary>
public sealed partial class UploadPageHttpTests
{
    [Fact]
    public async Task A_file_already_in_the_submission_is_named_as_skipped_beside_the_files_taken()
    {
        var url = _page.Local(await _page.LinkAsync());

        await PostAsync(url, await TokenAsync(url), ("bao-cao.jpg", [1]));
        var form = await _http.GetStringAsync(url);
        var (status, html) = await PostAsync(url, AntiforgeryField().Match(form).Groups[1].Value, ("bao-cao.jpg", [1]), ("phu-luc.jpg", [2]));

        Assert.Equal(HttpStatusCode.OK, status);
        var stored = Assert.Single(await _page.Host.Get<SubmissionStore>().AllForDeadlineAsync(_page.Deadline.Id));
        Assert.Equal(["bao-cao.jpg", "phu-luc.jpg"], stored.Files.Select(f => f.OriginalName));
        Assert.Contains("bài nộp nay gồm 2 tệp/trang.", html, StringComparison.Ordinal);
        Assert.Contains($"Tệp bao-cao.jpg đã được nhận trước đó (biên nhận số {stored.ReceiptNo}, lần nộp 1); bot không lưu lại lần nữa.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Tệp phu-luc.jpg đã được nhận", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task More_files_soon_after_are_added_to_the_same_submission_as_in_chat()
    {
        var url = _page.Local(await _page.LinkAsync());

        await PostAsync(url, await TokenAsync(url), ("trang-1.jpg", [1]), ("trang-2.jpg", [2]));
        var form = await _http.GetStringAsync(url);
        var (status, html) = await PostAsync(url, AntiforgeryField().Match(form).Groups[1].Value, ("trang-3.jpg", [3]));

        Assert.Equal(HttpStatusCode.OK, status);
        var stored = Assert.Single(await _page.Host.Get<SubmissionStore>().AllForDeadlineAsync(_page.Deadline.Id));
        Assert.Equal(["trang-1.jpg", "trang-2.jpg", "trang-3.jpg"], stored.Files.Select(f => f.OriginalName));
        Assert.Contains($"Thêm vào bài nộp biên nhận số {stored.ReceiptNo} (đang có 2 tệp)", form, StringComparison.Ordinal);
        Assert.Contains($"Đã thêm vào bài nộp biên nhận số {stored.ReceiptNo} (cùng lần nộp 1): bài nộp nay gồm 3 tệp/trang.", html, StringComparison.Ordinal);
        await _page.Api.WaitForMessageAsync(UploadPageHost.Secretary, "bài nộp nay gồm 3 tệp/trang");
    }

    [Fact]
    public async Task A_png_picked_under_a_jpg_name_is_stored_as_the_png_it_is()
    {
        var url = _page.Local(await _page.LinkAsync());
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 7, 7, 7];

        var (status, _) = await PostAsync(url, await TokenAsync(url), raw: true, [], ("anh-chup.jpg", png), ("so-do.png", png.Concat(new byte[] { 1 }).ToArray()));

        Assert.Equal(HttpStatusCode.OK, status);
        var stored = Assert.Single(await _page.Host.Get<SubmissionStore>().AllForDeadlineAsync(_page.Deadline.Id));
        Assert.Equal(["anh-chup.png", "so-do.png"], stored.Files.Select(f => f.OriginalName));
        Assert.All(stored.Files, f => Assert.Equal("image/png", f.ContentType));
    }

    [Fact]
    public async Task Choosing_a_new_version_on_the_page_replaces_the_previous_one()
    {
        var url = _page.Local(await _page.LinkAsync());

        await PostAsync(url, await TokenAsync(url), ("ban-nhap.docx", [1]));
        var (status, html) = await PostAsync(url, await TokenAsync(url), raw: false, [(UploadPage.ChoiceField, UploadPage.NewVersionChoice)], ("ban-chinh-thuc.docx", [2]));

        Assert.Equal(HttpStatusCode.OK, status);
        var all = await _page.Host.Get<SubmissionStore>().AllForDeadlineAsync(_page.Deadline.Id);
        Assert.Equal([1, 2], all.Select(s => s.Version));
        Assert.Equal("ban-chinh-thuc.docx", Assert.Single(all[1].Files).OriginalName);
        Assert.Contains("lần nộp thứ 2: bản mới thay cho bản trước", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_receipt_number_the_page_shows_reaches_the_chat_even_for_a_file_sent_before()
    {
        var url = _page.Local(await _page.LinkAsync());
        var newVersion = new[] { (UploadPage.ChoiceField, UploadPage.NewVersionChoice) };

        await PostAsync(url, await TokenAsync(url), ("bao-cao.docx", [1]));
        await PostAsync(url, await TokenAsync(url), raw: false, newVersion, ("ke-hoach-sua.docx", [2]));
        var (_, html) = await PostAsync(url, await TokenAsync(url), raw: false, newVersion, ("bao-cao.docx", [1]));

        var third = (await _page.Host.Get<SubmissionStore>().LatestAsync(_page.Unit.Id, _page.Deadline.Id))!;
        Assert.Equal(3, third.Version);
        Assert.Contains("Biên nhận số " + third.ReceiptNo, html, StringComparison.Ordinal);
        Assert.Contains("cũng được gửi vào tin nhắn", html, StringComparison.Ordinal);
        await _page.Api.WaitForMessageAsync(UploadPageHost.Secretary, "Biên nhận số " + third.ReceiptNo);
    }

    [Fact]
    public async Task The_other_members_receipt_names_who_handed_in_on_the_page()
    {
        await QcdcBot.Tests.Zalo.ZaloSeed.SecretaryAsync(_page.Host, "second-secretary");
        var url = _page.Local(await _page.LinkAsync());

        await PostAsync(url, await TokenAsync(url), ("ke-hoach.docx", [1, 2, 3]));

        var copy = await _page.Api.WaitForMessageAsync("second-secretary", "Biên nhận số");
        Assert.EndsWith("Người nộp: Thư ký NHNN (qua trang nộp tệp)", copy.Text, StringComparison.Ordinal);
        var own = await _page.Api.WaitForMessageAsync(UploadPageHost.Secretary, "Biên nhận số");
        Assert.DoesNotContain("Người nộp:", own.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_files_in_one_form_are_one_submission_stored_like_a_chat_album()
    {
        var url = _page.Local(await _page.LinkAsync());
        var token = await TokenAsync(url);

        var (status, html) = await PostAsync(url, token, ("ke-hoach.docx", [1, 2, 3]), ("phu-luc.pdf", [4, 5, 6, 7]));

        Assert.Equal(HttpStatusCode.OK, status);
        var stored = (await _page.Host.Get<SubmissionStore>().LatestAsync(_page.Unit.Id, _page.Deadline.Id))!;
        Assert.Equal(["ke-hoach.docx", "phu-luc.pdf"], stored.Files.Select(f => f.OriginalName));
        Assert.Contains("Biên nhận số " + stored.ReceiptNo, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_form_opened_before_a_restart_is_accepted_after_it()
    {
        var link = await _page.LinkAsync();
        var token = await TokenAsync(_page.Local(link));

        await _page.Host.StopAsync();
        await _page.Host.StartAsync();
        // The browser keeps its cookie (cookies do not depend on the port) and posts the form it already has.
        var (status, html) = await PostAsync(_page.Local(link), token, ("ke-hoach.docx", [1, 2, 3]));

        Assert.Equal(HttpStatusCode.OK, status);
        var stored = (await _page.Host.Get<SubmissionStore>().LatestAsync(_page.Unit.Id, _page.Deadline.Id))!;
        Assert.Equal("ke-hoach.docx", stored.Files.Single().OriginalName);
        Assert.Contains("Biên nhận số " + stored.ReceiptNo, html, StringComparison.Ordinal);
    }
}
