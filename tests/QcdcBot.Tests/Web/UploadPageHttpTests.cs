using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using QcdcBot.Bot.Web.Links;
using QcdcBot.Bot.Web.Upload;
using QcdcBot.Storage.Deadlines;
using QcdcBot.Storage.Submissions;
using QcdcBot.Storage.Units;

namespace QcdcBot.Tests.Web;

/// <summary>The upload page's refusals, over plain HTTP: each one shows a clear page and adds no row to the store.</summary>
public sealed partial class UploadPageHttpTests : IAsyncLifetime
{
    private UploadPageHost _page = null!;
    private HttpClient _http = null!;

    public async Task InitializeAsync()
    {
        _page = await UploadPageHost.StartAsync(new Dictionary<string, string?> { ["Bot:MaxFileBytes"] = "100000" });
        _http = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false });
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _page.DisposeAsync();
    }

    [Fact]
    public async Task A_form_without_its_antiforgery_token_is_refused_and_nothing_is_stored()
    {
        var url = _page.Local(await _page.LinkAsync());

        var (status, html) = await PostAsync(url, token: null, ("bao-cao.docx", new byte[2000]));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("Phiên nộp đã hết hạn", html, StringComparison.Ordinal);
        await AssertNothingStoredAsync();
    }

    [Fact]
    public async Task A_file_of_a_type_chat_refuses_is_refused_here_too()
    {
        var url = _page.Local(await _page.LinkAsync());
        var token = await TokenAsync(url);

        var (status, html) = await PostAsync(url, token, ("chuong-trinh.exe", new byte[2000]));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("loại tệp không được nhận", html, StringComparison.Ordinal);
        Assert.Contains("<form", html, StringComparison.Ordinal);
        await AssertNothingStoredAsync();
    }

    [Fact]
    public async Task A_file_over_the_size_limit_is_refused_while_it_streams_in()
    {
        var url = _page.Local(await _page.LinkAsync());
        var token = await TokenAsync(url);

        var (status, html) = await PostAsync(url, token, ("bao-cao.pdf", new byte[150_000]));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, status);
        Assert.Contains("Tệp quá lớn", html, StringComparison.Ordinal);
        await AssertNothingStoredAsync();
    }

    [Fact]
    public async Task A_link_for_another_unit_shows_nothing_of_that_unit_and_stores_nothing()
    {
        // A correctly signed link whose unit is not the member's (as if copied between units, or the member moved).
        var other = (await _page.Host.Get<UnitStore>().FindByCodeAsync("KBNN"))!;
        var link = new UploadLink(_page.Member.Id, other.Id, _page.Deadline.Id, TimeProvider.System.GetUtcNow().AddDays(1));
        var url = _page.Address + UploadLinks.PathPrefix + await _page.Host.Get<LinkSigner>().SignAsync(UploadLinks.Purpose, link.ToBytes(), default);

        using var response = await _http.GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();
        var (postStatus, _) = await PostAsync(url, "x", ("bao-cao.docx", new byte[2000]));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.DoesNotContain(other.Name, html, StringComparison.Ordinal);
        Assert.DoesNotContain(_page.Deadline.Title, html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, postStatus);
        await AssertNothingStoredAsync();
    }

    [Fact]
    public async Task A_link_to_a_cancelled_deadline_takes_nothing()
    {
        var url = _page.Local(await _page.LinkAsync());
        var token = await TokenAsync(url);
        await _page.Host.Get<DeadlineStore>().CancelAsync(_page.Deadline.Id, "test");

        var (status, html) = await PostAsync(url, token, ("bao-cao.docx", new byte[2000]));

        Assert.Equal(HttpStatusCode.Gone, status);
        Assert.Contains("Việc đã đóng", html, StringComparison.Ordinal);
        await AssertNothingStoredAsync();
    }

    [Fact]
    public async Task A_link_signed_for_another_purpose_is_not_an_upload_link()
    {
        var link = new UploadLink(_page.Member.Id, _page.Unit.Id, _page.Deadline.Id, TimeProvider.System.GetUtcNow().AddDays(1));
        var url = _page.Address + UploadLinks.PathPrefix + await _page.Host.Get<LinkSigner>().SignAsync("signin", link.ToBytes(), default);

        using var response = await _http.GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
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

    [Fact]
    public async Task A_form_token_from_another_link_is_refused()
    {
        var token = await TokenAsync(_page.Local(await _page.LinkAsync()));
        var other = new UploadLink(_page.Member.Id, _page.Unit.Id, _page.Deadline.Id, TimeProvider.System.GetUtcNow().AddDays(2));
        var url = _page.Address + UploadLinks.PathPrefix + await _page.Host.Get<LinkSigner>().SignAsync(UploadLinks.Purpose, other.ToBytes(), default);

        var (status, _) = await PostAsync(url, token, ("bao-cao.docx", new byte[2000]));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        await AssertNothingStoredAsync();
    }

    private async Task AssertNothingStoredAsync()
    {
        Assert.Equal(0, await _page.StoredCountAsync());
        Assert.Empty(_page.Api.CallsTo("sendMessage"));
    }

    private async Task<string> TokenAsync(string url)
    {
        var html = await _http.GetStringAsync(url);
        return AntiforgeryField().Match(html).Groups[1].Value;
    }

    private async Task<(HttpStatusCode Status, string Html)> PostAsync(string url, string? token, params (string Name, byte[] Bytes)[] files)
    {
        using var form = new MultipartFormDataContent();
        if (token is not null)
        {
            form.Add(new StringContent(token), "af");
        }

        foreach (var (name, bytes) in files)
        {
            var file = new ByteArrayContent(bytes);
            file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            form.Add(file, "files", name);
        }

        using var response = await _http.PostAsync(url, form);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    [GeneratedRegex("name=\"af\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
