using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using QcdcBot.Bot.Web;
using QcdcBot.Bot.Web.Downloads;
using QcdcBot.Bot.Web.Links;
using QcdcBot.Storage.Audit;
using QcdcBot.Storage.Web;
using QcdcBot.Tests.Support;

namespace QcdcBot.Tests.Zalo;

/// <summary>
/// /xuat and /taifile on Zalo (which sends no files): the admin gets a short, expiring download link on the web front
/// door (a random token; what it gives is kept on the server, so the URL names no chat id and no file; links signed the
/// earlier way still work until they expire), over the fake Zalo API and HTTP on loopback.
/// </summary>
public sealed partial class ZaloDownloadLinkTests : IAsyncLifetime
{
    private const string Stranger = "57a0000aa66b88fe6d6a9";

    private FakeZaloApi _api = null!;
    private BotTestHost _host = null!;
    private readonly HttpClient _http = new(new HttpClientHandler { AllowAutoRedirect = false });

    public async Task InitializeAsync()
    {
        _api = await FakeZaloApi.StartAsync();
        _host = ZaloTestHost.Create(_api, new Dictionary<string, string?>
        {
            ["Web:Listen"] = "http://127.0.0.1:0",
            ["Web:PublicUrl"] = "https://qcdc.example.vn",
        });
        await _host.StartAsync();
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _host.DisposeAsync();
        await _api.DisposeAsync();
    }

    [Fact]
    public async Task Xuat_on_zalo_gives_a_link_that_serves_the_workbook_with_its_vietnamese_name()
    {
        var deadline = await ZaloSeed.DeadlineAsync(_host, "Báo cáo sơ kết QCDC quý I", new DateOnly(2027, 12, 19));

        _api.Enqueue(ZaloEvents.Text(ZaloTestHost.Admin, $"/xuat #{deadline.Id}"));
        var reply = await _api.WaitForMessageAsync(ZaloTestHost.Admin, "Tải tệp tại");
        using var response = await _http.GetAsync(Local(LinkIn(reply.Text!)));
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType!.MediaType);
        Assert.StartsWith($"Tình hình nộp - việc {deadline.Id} - ", response.Content.Headers.ContentDisposition!.FileNameStar, StringComparison.Ordinal);
        Assert.Contains("filename*=UTF-8''T%C3%ACnh", response.Content.Headers.GetValues("Content-Disposition").Single(), StringComparison.Ordinal);
        Assert.Equal("PK"u8.ToArray(), bytes[..2]);
        Assert.Contains("hết hạn sau 24 giờ", reply.Text, StringComparison.Ordinal);
        Assert.Contains(await _host.Get<AuditStore>().RecentAsync(10), a => a.Action == "web.download" && a.Actor == $"zalo:{ZaloTestHost.Admin}");
    }

    [Fact]
    public async Task Taifile_on_zalo_gives_a_link_to_the_archive()
    {
        await ZaloSeed.SecretaryAsync(_host, "5ec0000aa66b88fe6d6a9");
        var deadline = await ZaloSeed.DeadlineAsync(_host, "Kế hoạch QCDC năm 2028", new DateOnly(2027, 12, 30));
        _api.Enqueue(ZaloEvents.Image("5ec0000aa66b88fe6d6a9", _api.AddImage("trang-1.jpg", [0xFF, 0xD8, 0xFF, 0xE0, 1, 2]), $"#{deadline.Id}"));
        await _api.WaitForMessageAsync("5ec0000aa66b88fe6d6a9", "Biên nhận số");

        _api.Enqueue(ZaloEvents.Text(ZaloTestHost.Admin, $"/taifile #{deadline.Id}"));
        var reply = await _api.WaitForMessageAsync(ZaloTestHost.Admin, "Tải tệp tại");
        using var response = await _http.GetAsync(Local(LinkIn(reply.Text!)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/zip", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal($"Tệp đã nộp - việc {deadline.Id}.zip", response.Content.Headers.ContentDisposition!.FileNameStar);
    }

    [Fact]
    public async Task A_tampered_an_expired_and_another_persons_link_get_a_clear_page_and_no_file()
    {
        await ZaloSeed.DeadlineAsync(_host, "Báo cáo sơ kết QCDC quý I", new DateOnly(2027, 12, 19));
        _api.Enqueue(ZaloEvents.Text(ZaloTestHost.Admin, "/xuat"));
        var link = LinkIn((await _api.WaitForMessageAsync(ZaloTestHost.Admin, "Tải tệp tại")).Text!);
        var token = link[(link.LastIndexOf('/') + 1)..];
        var tampered = link[..^token.Length] + (token[5] == 'A' ? token[..5] + "B" + token[6..] : token[..5] + "A" + token[6..]);
        var grant = (await _host.Get<DownloadGrantStore>().FindAsync(token))!;
        // Links signed the earlier way (the grant inside the URL) are still read: expired or for someone else, they are refused.
        var original = new DownloadLink(grant.Person, grant.Sha256, grant.FileName, grant.ContentType, grant.ExpiresAt);
        var expired = await UrlAsync(original with { ExpiresAt = TimeProvider.System.GetUtcNow().AddMinutes(-2) });
        var forStranger = await UrlAsync(original with { Person = $"zalo:{Stranger}" });

        await AssertRefusedAsync(tampered, HttpStatusCode.NotFound, "Đường dẫn không hợp lệ");
        await AssertRefusedAsync(expired, HttpStatusCode.Gone, "Đường dẫn đã hết hạn");
        await AssertRefusedAsync(forStranger, HttpStatusCode.Forbidden, "không còn quyền");
    }

    [Fact]
    public async Task Without_a_public_url_the_chat_answer_says_the_download_page_is_off()
    {
        await using var api = await FakeZaloApi.StartAsync();
        await using var host = ZaloTestHost.Create(api);
        await host.StartAsync();
        await ZaloSeed.DeadlineAsync(host, "Báo cáo sơ kết QCDC quý I", new DateOnly(2027, 12, 19));

        api.Enqueue(ZaloEvents.Text(ZaloTestHost.Admin, "/xuat"));

        var reply = await api.WaitForMessageAsync(ZaloTestHost.Admin, "Tình hình nộp");
        Assert.Contains("chưa đặt Web:PublicUrl", reply.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("/tai/", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_tong_hop_link_on_zalo_is_short_names_neither_the_person_nor_the_file_and_downloads()
    {
        var deadline = await ZaloSeed.DeadlineAsync(_host, "Báo cáo chuyên đề học tập và làm theo", new DateOnly(2027, 12, 17));

        _api.Enqueue(ZaloEvents.Text(ZaloTestHost.Admin, $"/xuat #{deadline.Id}"));
        var link = LinkIn((await _api.WaitForMessageAsync(ZaloTestHost.Admin, "Tải tệp tại")).Text!);
        var token = link[(link.LastIndexOf('/') + 1)..];
        using var response = await _http.GetAsync(Local(link));

        Assert.True(link.Length <= "https://qcdc.example.vn".Length + DownloadLinks.PathPrefix.Length + DownloadGrantStore.TokenLength, link);
        Assert.True(link.Length <= 60, link);
        var decoded = Encoding.Latin1.GetString(System.Buffers.Text.Base64Url.DecodeFromChars(token));
        Assert.DoesNotContain(ZaloTestHost.Admin, decoded, StringComparison.Ordinal);
        Assert.DoesNotContain("zalo", decoded, StringComparison.Ordinal);
        Assert.DoesNotContain(".xlsx", decoded, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith($"Tình hình nộp - việc {deadline.Id} - ", response.Content.Headers.ContentDisposition!.FileNameStar, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_expired_short_link_and_a_made_up_token_get_a_vietnamese_page_and_no_file()
    {
        var expired = await _host.Get<DownloadGrantStore>().CreateAsync(
            new DownloadGrant($"zalo:{ZaloTestHost.Admin}", new string('a', 64), "Tình hình nộp.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                TimeProvider.System.GetUtcNow().AddMinutes(-1)));

        await AssertRefusedAsync("https://qcdc.example.vn" + DownloadLinks.PathPrefix + expired, HttpStatusCode.Gone, "Đường dẫn đã hết hạn");
        await AssertRefusedAsync("https://qcdc.example.vn" + DownloadLinks.PathPrefix + "Zm9vYmFyYmF6cXV4cXV1eA", HttpStatusCode.NotFound, "Đường dẫn không hợp lệ");
    }

    [Fact]
    public async Task A_link_signed_the_earlier_way_still_downloads_until_it_expires()
    {
        var deadline = await ZaloSeed.DeadlineAsync(_host, "Báo cáo chuyên đề học tập và làm theo", new DateOnly(2027, 12, 17));
        _api.Enqueue(ZaloEvents.Text(ZaloTestHost.Admin, $"/xuat #{deadline.Id}"));
        var link = LinkIn((await _api.WaitForMessageAsync(ZaloTestHost.Admin, "Tải tệp tại")).Text!);
        var grant = (await _host.Get<DownloadGrantStore>().FindAsync(link[(link.LastIndexOf('/') + 1)..]))!;
        var signed = new DownloadLink(grant.Person, grant.Sha256, grant.FileName, grant.ContentType, grant.ExpiresAt);
        var old = "https://qcdc.example.vn" + DownloadLinks.PathPrefix + await _host.Get<LinkSigner>().SignAsync(DownloadLinks.Purpose, signed.ToBytes(), default);

        using var response = await _http.GetAsync(Local(old));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("PK"u8.ToArray(), (await response.Content.ReadAsByteArrayAsync())[..2]);
    }

    private async Task AssertRefusedAsync(string url, HttpStatusCode status, string says)
    {
        using var response = await _http.GetAsync(Local(url));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(status, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains(says, WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        Assert.Null(response.Content.Headers.ContentDisposition);
    }

    private async Task<string> UrlAsync(DownloadLink link) =>
        "https://qcdc.example.vn" + DownloadLinks.PathPrefix + await _host.Get<LinkSigner>().SignAsync(DownloadLinks.Purpose, link.ToBytes(), default);

    private string Local(string link) => _host.Get<WebFrontDoor>().Addresses[0] + new Uri(link).AbsolutePath;

    private static string LinkIn(string text) => DownloadUrl().Match(text).Value;

    [GeneratedRegex(@"https://qcdc\.example\.vn/tai/[A-Za-z0-9_-]+")]
    private static partial Regex DownloadUrl();
}
