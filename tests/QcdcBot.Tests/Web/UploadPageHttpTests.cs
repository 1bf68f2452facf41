using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging;
using QcdcBot.Bot.Web.Links;
using QcdcBot.Bot.Web.Upload;
using QcdcBot.Storage.Deadlines;
using QcdcBot.Storage.Submissions;
using QcdcBot.Storage.Units;
using QcdcBot.Tests.Support;

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
        Assert.Contains("<a href=\"\">quay lại trang nộp tệp</a>", html, StringComparison.Ordinal);
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
    public async Task A_file_over_the_size_limit_is_named_with_its_size_and_the_form_stays_usable()
    {
        var url = _page.Local(await _page.LinkAsync());
        var token = await TokenAsync(url);

        var (status, html) = await PostAsync(url, token, ("nho.pdf", new byte[10]), ("big.pdf", new byte[150_000]));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, status);
        // Sizes as people read them, the limit as a round figure, never a count of bytes.
        Assert.Contains("&quot;big.pdf&quot;: tệp quá lớn: 146,5 KB, tối đa 97,7 KB", html, StringComparison.Ordinal);
        Assert.DoesNotContain(" byte", html, StringComparison.Ordinal);
        Assert.DoesNotContain("nho.pdf", html, StringComparison.Ordinal);
        Assert.Contains("<form", html, StringComparison.Ordinal);
        await AssertNothingStoredAsync();
    }

    [Fact]
    public async Task A_file_of_exactly_the_limit_is_taken_on_the_page_and_one_byte_more_is_refused_in_the_units_chat_uses()
    {
        var url = _page.Local(await _page.LinkAsync());

        var (refused, html) = await PostAsync(url, await TokenAsync(url), raw: true, [], ("lon.pdf", Conversation.WordingTests.PdfOf(100_001)));
        await AssertNothingStoredAsync();
        var (taken, _) = await PostAsync(url, await TokenAsync(url), raw: true, [], ("vua.pdf", Conversation.WordingTests.PdfOf(100_000)));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, refused);
        Assert.Contains("&quot;lon.pdf&quot;: tệp quá lớn: hơn 97,7 KB một chút, tối đa 97,7 KB", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, taken);
        Assert.Equal(100_000, (await _page.Host.Get<SubmissionStore>().LatestAsync(_page.Unit.Id, _page.Deadline.Id))!.Files.Single().Size);
    }

    [Fact]
    public async Task Files_over_the_whole_request_limit_get_a_page_with_the_total_and_a_way_back_to_the_form()
    {
        var url = _page.Local(await _page.LinkAsync());
        var token = await TokenAsync(url);

        var (status, html) = await PostAsync(url, token, ("a.pdf", new byte[99_000]), ("b.pdf", new byte[99_000]), ("c.pdf", new byte[99_000]),
            ("d.pdf", new byte[99_000]), ("e.pdf", new byte[99_000]), ("f.pdf", new byte[99_000]));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, status);
        Assert.Contains("tổng cộng", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"\">quay lại trang nộp tệp</a>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("/nopfile", html, StringComparison.Ordinal);
        await AssertNothingStoredAsync();
    }

    [Fact]
    public async Task A_form_over_the_limit_that_is_still_being_sent_is_read_to_its_end_and_answered_with_the_page()
    {
        var url = _page.Local(await _page.LinkAsync());
        var token = await TokenAsync(url);
        using var form = new MultipartFormDataContent { { new StringContent(token), "af" } };
        // A phone on a slow line: 900 KB (the limit is 5 × 100 KB) still arriving when the server has seen enough.
        var file = new StreamContent(new TrickleStream(TestFiles.WellFormed("bao-cao.pdf", new byte[900_000])));
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        form.Add(file, "files", "bao-cao.pdf");

        using var response = await _http.PostAsync(url, form);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("tổng cộng", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await AssertNothingStoredAsync();
    }

    [Fact]
    public async Task A_docx_of_plain_text_and_a_pdf_of_random_bytes_are_refused_with_the_reason()
    {
        var url = _page.Local(await _page.LinkAsync());
        var token = await TokenAsync(url);

        var (status, html) = await PostAsync(url, token, raw: true, [],
            ("bao-cao.docx", Encoding.UTF8.GetBytes("day la van ban!!")), ("phu-luc.pdf", [0x3F, 0x8A, 0x11, 0xC2, 0x90, 0x05, 0x77]));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("&quot;bao-cao.docx&quot;: tệp không mở được như .docx; xin lưu lại bằng Word rồi gửi lại.", html, StringComparison.Ordinal);
        Assert.Contains("&quot;phu-luc.pdf&quot;: tệp không mở được như .pdf", html, StringComparison.Ordinal);
        await AssertNothingStoredAsync();
    }

    [Fact]
    public async Task Nopfile_states_the_real_lifetime_of_a_short_lived_link()
    {
        await using var page = await UploadPageHost.StartAsync(new Dictionary<string, string?> { ["Web:UploadLinkLifetime"] = "00:01:30" });

        page.Api.Enqueue(QcdcBot.Tests.Zalo.ZaloEvents.Text(UploadPageHost.Secretary, "/nopfile"));

        var reply = await page.Api.WaitForMessageAsync(UploadPageHost.Secretary, "trang riêng của bạn");
        Assert.Contains("dùng được nhiều lần trong 1 phút 30 giây.", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Viewing_the_page_logs_no_warning()
    {
        var url = _page.Local(await _page.LinkAsync());

        await _http.GetStringAsync(url);
        await _http.GetStringAsync(url);

        Assert.DoesNotContain(_page.Host.Logs.Lines, l => l.Level >= LogLevel.Warning && l.Category.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal));
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
        // A new link would be for the same closed deadline: the page points to the office instead.
        Assert.DoesNotContain("/nopfile", html, StringComparison.Ordinal);
        Assert.Contains("liên hệ trực tiếp Ban Tuyên giáo", html, StringComparison.Ordinal);
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
    public async Task A_form_token_from_another_link_is_refused()
    {
        var token = await TokenAsync(_page.Local(await _page.LinkAsync()));
        var other = new UploadLink(_page.Member.Id, _page.Unit.Id, _page.Deadline.Id, TimeProvider.System.GetUtcNow().AddDays(2));
        var url = _page.Address + UploadLinks.PathPrefix + await _page.Host.Get<LinkSigner>().SignAsync(UploadLinks.Purpose, other.ToBytes(), default);

        var (status, _) = await PostAsync(url, token, ("bao-cao.docx", new byte[2000]));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        await AssertNothingStoredAsync();
    }

    [Fact]
    public async Task A_deadline_kept_on_a_sunday_is_said_to_be_a_day_off_as_in_chat()
    {
        var sunday = await QcdcBot.Tests.Zalo.ZaloSeed.DeadlineAsync(_page.Host, "Báo cáo sơ kết 6 tháng", new DateOnly(2027, 12, 19));
        var link = (await _page.Host.Get<UploadLinks>().ForAsync(_page.Member, sunday.Id, default))!;

        var onSunday = await _http.GetStringAsync(_page.Local(link));
        var onFriday = await _http.GetStringAsync(_page.Local(await _page.LinkAsync()));

        Assert.Contains("Chủ nhật, 19/12/2027 (ngày nghỉ) — ", onSunday, StringComparison.Ordinal);
        Assert.DoesNotContain("ngày nghỉ", onFriday, StringComparison.Ordinal);
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

    private Task<(HttpStatusCode Status, string Html)> PostAsync(string url, string? token, params (string Name, byte[] Bytes)[] files) =>
        PostAsync(url, token, raw: false, [], files);

    /// <param name="raw">Post the bytes as they are; otherwise each becomes a well-formed file of its named type.</param>
    private async Task<(HttpStatusCode Status, string Html)> PostAsync(string url, string? token, bool raw, IEnumerable<(string Name, string Value)> fields, params (string Name, byte[] Bytes)[] files)
    {
        using var form = new MultipartFormDataContent();
        if (token is not null)
        {
            form.Add(new StringContent(token), "af");
        }

        foreach (var (name, value) in fields)
        {
            form.Add(new StringContent(value), name);
        }

        foreach (var (name, bytes) in files)
        {
            var file = new ByteArrayContent(raw ? bytes : TestFiles.WellFormed(name, bytes));
            file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            form.Add(file, "files", name);
        }

        using var response = await _http.PostAsync(url, form);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    [GeneratedRegex("name=\"af\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();

    /// <summary>Hands its bytes out 8 KB at a time with a pause between, as a slow upload does.</summary>
    private sealed class TrickleStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            await Task.Delay(2, cancellationToken);
            return await base.ReadAsync(buffer[..Math.Min(buffer.Length, 8192)], cancellationToken);
        }

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();
    }
}
