using System.Net;
using QcdcBot.Bot.Web.Office;
using QcdcBot.Storage.ExtensionRequests;
using QcdcBot.Storage.Web;

namespace QcdcBot.Tests.Office;

/// <summary>The office pages over plain HTTP: who gets in, who does not, and that a refused request changes nothing.</summary>
public sealed class OfficeSecurityTests : IAsyncLifetime
{
    private OfficeHarness _office = null!;
    private OfficeDataset _data = null!;

    public static TheoryData<string> Protected => new()
    {
        "/vanphong",
        "/vanphong?tt=chua-tra-loi&q=ngan+hang",
        "/vanphong/viec/1",
        "/vanphong/donvi/1",
        "/vanphong/tep/1/1",
        "/vanphong/taive",
        "/vanphong/taive/tinh-hinh.xlsx",
        "/vanphong/taive/tinh-hinh.xlsx?viec=1",
        "/vanphong/taive/tep-da-nop/1",
    };

    public async Task InitializeAsync()
    {
        _office = await OfficeHarness.StartAsync();
        _data = await OfficeDataset.SeedAsync(_office);
    }

    public async Task DisposeAsync() => await _office.DisposeAsync();

    [Theory]
    [MemberData(nameof(Protected))]
    public async Task Every_page_and_download_without_a_session_redirects_to_how_to_sign_in(string path)
    {
        using var client = _office.Client();

        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(OfficeRoutes.HowToSignIn, response.Headers.Location?.OriginalString);
        var explained = await client.GetStringAsync(OfficeRoutes.HowToSignIn);
        Assert.Contains("/dangnhap", explained, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Protected))]
    public async Task A_forged_session_cookie_is_refused(string path)
    {
        var cookies = new CookieContainer();
        cookies.Add(new Uri(_office.BaseUrl), new Cookie(OfficeSessions.CookieName, WebTokens.New(), "/vanphong"));
        using var client = _office.Client(cookies);

        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(OfficeRoutes.HowToSignIn, response.Headers.Location?.OriginalString);
    }

    [Theory]
    [MemberData(nameof(Protected))]
    public async Task A_signed_in_admin_gets_every_page_and_download(string path)
    {
        using var client = await _office.SignedInClientAsync();

        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_secretary_asking_for_a_link_is_refused_in_chat_and_gets_none()
    {
        var reply = await _office.SayAsync("thuky-nhnn", "/dangnhap");

        Assert.Contains("dành cho lãnh đạo và Ban Tuyên giáo", reply.Replies.Single().Text, StringComparison.Ordinal);
        Assert.Equal(0, await _office.CountAsync("web_sign_in_links"));
    }

    [Fact]
    public async Task A_session_of_someone_who_is_no_longer_admin_or_leader_is_refused()
    {
        // A link made for a secretary (as if the person had lost the admin role after asking) opens a session that no page honours.
        var token = await _office.Get<WebSessionStore>().CreateLinkAsync("test:thuky-nhnn", TimeSpan.FromMinutes(10));
        using var client = _office.Client();
        Assert.Equal(HttpStatusCode.Redirect, (await OfficeHarness.SignInAsync(client, $"{_office.BaseUrl}{OfficeRoutes.SignIn}/{token}")).StatusCode);

        var response = await client.GetAsync("/vanphong");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.DoesNotContain(_data.Plan.Title, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_sign_in_link_works_once()
    {
        var link = await _office.SignInLinkAsync();
        using var first = _office.Client();
        using var second = _office.Client();

        Assert.Equal(HttpStatusCode.Redirect, (await OfficeHarness.SignInAsync(first, link)).StatusCode);
        var reused = await OfficeHarness.SignInAsync(second, link);

        Assert.Equal(HttpStatusCode.Forbidden, reused.StatusCode);
        Assert.Contains("đã được dùng", await reused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await second.GetAsync("/vanphong")).StatusCode);
    }

    [Fact]
    public async Task An_expired_sign_in_link_is_refused()
    {
        var link = await _office.SignInLinkAsync();
        _office.Time.Advance(TimeSpan.FromMinutes(10) + TimeSpan.FromSeconds(1));
        using var client = _office.Client();

        var response = await OfficeHarness.SignInAsync(client, link);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("hết hạn", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_session_ends_after_its_lifetime()
    {
        using var client = await _office.SignedInClientAsync();
        _office.Time.Advance(TimeSpan.FromHours(8) - TimeSpan.FromMinutes(1));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/vanphong")).StatusCode);

        _office.Time.Advance(TimeSpan.FromMinutes(2));

        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/vanphong")).StatusCode);
    }

    [Fact]
    public async Task Signing_in_without_the_form_value_from_the_link_page_is_refused_and_keeps_the_link()
    {
        var link = await _office.SignInLinkAsync();
        var token = link[(link.LastIndexOf('/') + 1)..];
        using var client = _office.Client();

        var response = await client.PostAsync(OfficeRoutes.SignIn, new FormUrlEncodedContent(new Dictionary<string, string> { ["ma"] = token }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await OfficeHarness.SignInAsync(client, link)).StatusCode);
    }

    [Fact]
    public async Task A_post_without_the_anti_forgery_token_is_400_and_decides_nothing()
    {
        using var client = await _office.SignedInClientAsync();
        var audit = await _office.CountAsync("audit_log");
        var outbox = await _office.CountAsync("outbox");

        var missing = await client.PostAsync(OfficeRoutes.ExtensionDecision(_data.Plan.Id, _data.Extension.Id),
            new FormUrlEncodedContent(new Dictionary<string, string> { ["quyet"] = "dong-y" }));
        var wrong = await client.PostAsync(OfficeRoutes.ExtensionDecision(_data.Plan.Id, _data.Extension.Id),
            new FormUrlEncodedContent(new Dictionary<string, string> { ["quyet"] = "dong-y", [OfficeRoutes.FormTokenField] = WebTokens.New() }));
        var signOut = await client.PostAsync(OfficeRoutes.SignOut, new FormUrlEncodedContent(new Dictionary<string, string>()));

        Assert.Equal((HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.BadRequest), (missing.StatusCode, wrong.StatusCode, signOut.StatusCode));
        Assert.Equal(ExtensionState.Pending, (await _office.Get<ExtensionRequestStore>().GetAsync(_data.Extension.Id))!.State);
        Assert.Equal((audit, outbox), (await _office.CountAsync("audit_log"), await _office.CountAsync("outbox")));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/vanphong")).StatusCode);
    }

    [Fact]
    public async Task A_leader_sees_the_requests_but_cannot_decide_them()
    {
        using var client = await _office.SignedInClientAsync(OfficeHarness.Leader);
        var page = await client.GetStringAsync(OfficeRoutes.Deadline(_data.Plan.Id));
        Assert.Contains("Chờ họp chi ủy", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Đồng ý gia hạn", page, StringComparison.Ordinal);
        var token = OfficeHarness.FormFields(page)[OfficeRoutes.FormTokenField];

        var response = await client.PostAsync(OfficeRoutes.ExtensionDecision(_data.Plan.Id, _data.Extension.Id),
            new FormUrlEncodedContent(new Dictionary<string, string> { ["quyet"] = "dong-y", [OfficeRoutes.FormTokenField] = token }));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(ExtensionState.Pending, (await _office.Get<ExtensionRequestStore>().GetAsync(_data.Extension.Id))!.State);
    }

    [Theory]
    [InlineData("/vanphong/tep/..%2F..%2F..%2Fetc%2Fpasswd")]
    [InlineData("/vanphong/tep/1/..%2F..%2Fqcdcbot.db")]
    [InlineData("/vanphong/tep/../../office.db")]
    [InlineData("/vanphong/tep/1/1/../../2")]
    [InlineData("/vanphong/tep/abc/1")]
    [InlineData("/vanphong/tep/999999/1")]
    [InlineData("/vanphong/tep/1/99")]
    public async Task A_file_id_that_is_not_a_stored_file_is_404(string path)
    {
        using var client = await _office.SignedInClientAsync();

        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("/vanphong/donvi/99999", "Không có đơn vị này.")]
    [InlineData("/vanphong/viec/99999", "Không có việc này.")]
    public async Task An_unknown_unit_or_deadline_is_a_404_page_that_says_so_in_vietnamese(string path, string says)
    {
        using var client = await _office.SignedInClientAsync();

        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains(says, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_session_cookie_is_http_only_strict_and_secure_when_the_public_address_is_https()
    {
        await using var https = await OfficeHarness.StartAsync(publicScheme: "https");
        var link = new Uri(await https.SignInLinkAsync());
        // Cookies by hand: a cookie container would not hand a Secure cookie back over plain http.
        using var client = new HttpClient(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = new Uri(https.BaseUrl) };
        var confirm = await client.GetAsync(link.PathAndQuery);
        var signInCookie = confirm.Headers.GetValues("Set-Cookie").Single().Split(';')[0];
        using var post = new HttpRequestMessage(HttpMethod.Post, OfficeRoutes.SignIn) { Content = new FormUrlEncodedContent(OfficeHarness.FormFields(await confirm.Content.ReadAsStringAsync())) };
        post.Headers.Add("Cookie", signInCookie);

        var response = await client.SendAsync(post);

        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith(OfficeSessions.CookieName + "=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("path=/vanphong", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Sign_in_sign_out_and_downloads_are_in_the_audit_log()
    {
        using var client = await _office.SignedInClientAsync();
        await client.GetByteArrayAsync("/vanphong/taive/tinh-hinh.xlsx");
        await client.GetByteArrayAsync(OfficeRoutes.Archive(_data.Plan.Id));
        await _office.SayAsync(OfficeHarness.Admin, "/dangxuat");

        var actions = (await _office.Get<QcdcBot.Storage.Audit.AuditStore>().RecentAsync(10)).Select(e => (e.Action, e.Actor)).ToList();

        var admin = $"{OfficeHarness.Channel}:{OfficeHarness.Admin}";
        Assert.Contains(("web.signin", admin), actions);
        Assert.Equal(2, actions.Count(a => a == ("web.download", admin)));
        Assert.Contains(("web.signout", admin), actions);
    }

    [Fact]
    public async Task Office_pages_run_no_script_and_cannot_be_framed()
    {
        using var client = await _office.SignedInClientAsync();

        foreach (var path in new[] { "/vanphong", OfficeRoutes.Deadline(_data.Plan.Id), OfficeRoutes.Unit(_data.G[0].Id), OfficeRoutes.Downloads, OfficeRoutes.HowToSignIn })
        {
            using var response = await client.GetAsync(path);
            var csp = response.Headers.GetValues("Content-Security-Policy").Single();
            Assert.Contains("default-src 'none'", csp, StringComparison.Ordinal);
            Assert.DoesNotContain("script-src", csp, StringComparison.Ordinal);
            Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
            Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
            var html = await response.Content.ReadAsStringAsync();
            Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("http://", html.Replace(_office.BaseUrl, string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
            Assert.DoesNotContain("https://", html, StringComparison.Ordinal);
        }
    }
}
