using System.Net;
using System.Text.RegularExpressions;
using QcdcBot.Bot.Web;
using QcdcBot.Bot.Web.Downloads;
using QcdcBot.Bot.Web.Links;
using QcdcBot.Storage.Audit;
using QcdcBot.Tests.Support;

namespace QcdcBot.Tests.Zalo;

/// <summary>
/// /xuat and /taifile on Zalo (which sends no files): the admin gets a signed, expiring download link on the web front
/// door, over the fake Zalo API and HTTP on loopback.
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
        var opened = (await _host.Get<LinkSigner>().OpenAsync(DownloadLinks.Purpose, token, default))!;
        Assert.True(DownloadLink.TryRead(opened, out var original));
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
