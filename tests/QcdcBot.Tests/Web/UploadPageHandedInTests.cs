using System.Net;
using QcdcBot.Bot.Web.Upload;
using QcdcBot.Storage.Submissions;

namespace QcdcBot.Tests.Web;

/// <summary>
/// Files posted after the unit's hand-in closed (outside <c>Bot:PageWindow</c>, here off) are asked about as chat asks
/// them: left unchosen, nothing is stored and the page asks "thêm … hay nộp bản mới …?" with the choice then required,
/// so a forgotten annex never demotes the signed file unasked; "Thêm" and "Nộp bản mới" act at once, and files already
/// in the hand-in are still skipped.
/// </summary>
public sealed partial class UploadPageHttpTests
{
    private static readonly (string Name, byte[] Bytes)[] SignedHandIn = [("ban chinh thuc da ky.docx", [2, 2]), ("bc.pdf", [1, 1]), ("m3.pdf", [3, 3])];

    private static Task<UploadPageHost> HandedInHostAsync() =>
        UploadPageHost.StartAsync(new Dictionary<string, string?> { ["Bot:PageWindow"] = "00:00:00" });

    [Fact]
    public async Task An_annex_unchosen_after_the_hand_in_closed_is_asked_about_and_nothing_is_stored()
    {
        await using var page = await HandedInHostAsync();
        var url = page.Local(await page.LinkAsync());
        await PostAsync(url, await TokenAsync(url), SignedHandIn);
        await page.Api.WaitForMessageAsync(UploadPageHost.Secretary, "Biên nhận số");
        var form = await _http.GetStringAsync(url);

        var (status, html) = await PostAsync(url, await TokenAsync(url), ("m3.pdf", [3, 3]), ("m4.pdf", [4, 4]));

        Assert.Contains("Thêm vào bài nộp biên nhận số", form, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Chưa nhận bài nộp này", html, StringComparison.Ordinal);
        Assert.Contains("tệp mới m4.pdf thêm vào bài nộp đó như trang tiếp theo, hay nộp bản mới thay bài đó?", html, StringComparison.Ordinal);
        Assert.Contains("Không có tệp nào được lưu", html, StringComparison.Ordinal);
        Assert.Contains($"value=\"{UploadPage.AddPagesChoice}\" required", html, StringComparison.Ordinal);
        var only = Assert.Single(await page.Host.Get<SubmissionStore>().AllForDeadlineAsync(page.Deadline.Id));
        Assert.Equal(3, only.Files.Count);
        Assert.Single(page.Api.MessagesTo(UploadPageHost.Secretary), m => m.Contains("Biên nhận số", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Thêm_after_the_hand_in_closed_adds_the_new_file_to_it_and_skips_the_one_it_held()
    {
        await using var page = await HandedInHostAsync();
        var url = page.Local(await page.LinkAsync());
        await PostAsync(url, await TokenAsync(url), SignedHandIn);

        var (_, html) = await PostAsync(url, await TokenAsync(url), raw: false, [(UploadPage.ChoiceField, UploadPage.AddPagesChoice)], ("m3.pdf", [3, 3]), ("m4.pdf", [4, 4]));

        var only = Assert.Single(await page.Host.Get<SubmissionStore>().AllForDeadlineAsync(page.Deadline.Id));
        Assert.Equal(["ban chinh thuc da ky.docx", "bc.pdf", "m3.pdf", "m4.pdf"], only.Files.Select(f => f.OriginalName));
        Assert.Contains("Tệp m3.pdf đã được nhận trước đó", html, StringComparison.Ordinal);
        Assert.DoesNotContain("bản mới thay cho bản trước", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Nộp_bản_mới_after_the_hand_in_closed_is_a_new_version_at_once_and_the_same_file_alone_is_skipped()
    {
        await using var page = await HandedInHostAsync();
        var url = page.Local(await page.LinkAsync());
        await PostAsync(url, await TokenAsync(url), SignedHandIn);

        var (_, again) = await PostAsync(url, await TokenAsync(url), ("m3.pdf", [3, 3]));
        await PostAsync(url, await TokenAsync(url), raw: false, NewVersion, ("m5.pdf", [5, 5]));

        Assert.DoesNotContain("hay nộp bản mới", again, StringComparison.Ordinal);
        Assert.Contains("Tệp m3.pdf đã được nhận trước đó", again, StringComparison.Ordinal);
        var versions = await page.Host.Get<SubmissionStore>().AllForDeadlineAsync(page.Deadline.Id);
        Assert.Equal([3, 1], versions.Select(s => s.Files.Count));
    }
}
