using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using QcdcBot.Bot.Channels.Telegram;
using QcdcBot.Bot.Web;
using QcdcBot.Tests.Telegram;

namespace QcdcBot.Tests.Web;

/// <summary>The one Kestrel host: opened only when a feature needs it, /healthz, and the headers on every response.</summary>
public sealed class WebFrontDoorTests : IAsyncLifetime
{
    private const string Secret = "front_door-secret";

    private readonly HttpClient _http = new();
    private FakeBotApi _api = null!;

    public async Task InitializeAsync() => _api = await FakeBotApi.StartAsync();

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _api.DisposeAsync();
    }

    [Fact]
    public async Task Nothing_listens_when_no_feature_needs_the_web()
    {
        await using var host = new TelegramTestHost(_api, new Dictionary<string, string?> { ["Web:Listen"] = "http://127.0.0.1:0" });
        await host.StartAsync(seedUnits: false);

        var door = host.Get<WebFrontDoor>();
        Assert.False(door.IsOpen);
        Assert.Empty(door.Addresses);
    }

    [Fact]
    public async Task Healthz_reports_the_store_and_each_channels_last_receive_without_secrets()
    {
        await using var host = await StartWebhookHostAsync();
        var address = host.Get<WebFrontDoor>().Addresses[0];

        var before = JsonNode.Parse(await _http.GetStringAsync(address + "/healthz"))!;
        Assert.Equal("ok", before["store"]!.GetValue<string>());
        Assert.Null(before["channels"]![0]!["lastReceived"]?.GetValue<DateTimeOffset?>());

        var update = Updates.Text(TelegramTestHost.Admin, "/trogiup");
        update["update_id"] = 9001;
        Assert.Equal(HttpStatusCode.OK, await PostUpdateAsync(address + "/tg/hook", update));

        using var response = await _http.GetAsync(address + "/healthz");
        var text = await response.Content.ReadAsStringAsync();
        var after = JsonNode.Parse(text)!;
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("ok", after["status"]!.GetValue<string>());
        Assert.Equal("telegram", after["channels"]![0]!["channel"]!.GetValue<string>());
        Assert.NotNull(after["channels"]![0]!["lastReceived"]);
        Assert.DoesNotContain(FakeBotApi.Token, text, StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, text, StringComparison.Ordinal);
        Assert.DoesNotContain(TelegramTestHost.Admin.ToString(System.Globalization.CultureInfo.InvariantCulture), text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_response_carries_the_security_headers()
    {
        await using var host = await StartWebhookHostAsync();
        var address = host.Get<WebFrontDoor>().Addresses[0];

        foreach (var path in new[] { "/healthz", "/no-such-page" })
        {
            using var response = await _http.GetAsync(address + path);
            Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
            Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
            Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
            Assert.Contains("default-src 'none'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
            Assert.False(response.Headers.Contains("Server"));
        }
    }

    [Fact]
    public async Task A_malformed_listen_address_stops_the_start_with_a_clear_message()
    {
        await using var host = new TelegramTestHost(_api, new Dictionary<string, string?>
        {
            ["Telegram:Mode"] = "Webhook",
            ["Telegram:WebhookSecret"] = Secret,
            ["Web:Listen"] = "port 8080",
        });

        var error = await Assert.ThrowsAnyAsync<Exception>(() => host.StartAsync(seedUnits: false));
        Assert.Contains("Web:Listen", error.Message, StringComparison.Ordinal);
    }

    private async Task<TelegramTestHost> StartWebhookHostAsync()
    {
        var host = new TelegramTestHost(_api, new Dictionary<string, string?>
        {
            ["Telegram:Mode"] = "Webhook",
            ["Telegram:WebhookPath"] = "/tg/hook",
            ["Telegram:WebhookSecret"] = Secret,
            ["Web:Listen"] = "http://127.0.0.1:0",
        });
        await host.StartAsync(seedUnits: false);
        return host;
    }

    private async Task<HttpStatusCode> PostUpdateAsync(string url, JsonObject update)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(update.ToJsonString(), Encoding.UTF8, "application/json") };
        request.Headers.Add(WebhookSecret.Header, Secret);
        using var response = await _http.SendAsync(request);
        return response.StatusCode;
    }
}
