using System.Net;
using System.Text.Json.Nodes;
using QcdcBot.Bot.Channels.Zalo.Api;
using QcdcBot.Bot.Web;

namespace QcdcBot.Tests.Zalo;

/// <summary>/healthz tells a monitor the Zalo channel stopped (token refused) instead of answering "ok".</summary>
public sealed class ZaloHealthTests : IAsyncLifetime
{
    private readonly HttpClient _http = new();
    private FakeZaloApi _api = null!;

    public async Task InitializeAsync() => _api = await FakeZaloApi.StartAsync();

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _api.DisposeAsync();
    }

    [Fact]
    public async Task Healthz_answers_503_and_names_the_zalo_channel_stopped_once_its_token_is_refused()
    {
        await using var host = ZaloTestHost.Create(_api, new Dictionary<string, string?>
        {
            ["Zalo:Mode"] = "Webhook",
            ["Zalo:WebhookPath"] = "/zalo/hook",
            ["Zalo:WebhookSecret"] = "health-secret-1234567890",
            ["Zalo:WebhookUrl"] = "https://qcdc.example.vn/zalo/hook",
            ["Web:Listen"] = "http://127.0.0.1:0",
        });
        await host.StartAsync(seedUnits: false);
        var address = host.Get<WebFrontDoor>().Addresses[0] + "/healthz";
        using (var running = await _http.GetAsync(address))
        {
            Assert.Equal(HttpStatusCode.OK, running.StatusCode);
            Assert.Equal("ok", JsonNode.Parse(await running.Content.ReadAsStringAsync())!["channels"]![0]!["state"]!.GetValue<string>());
        }

        _api.Inject("getMe", ZaloFault.Unauthorized);
        await Assert.ThrowsAsync<ZaloApiException>(() => host.Get<ZaloBotClient>().GetMeAsync(default));

        using var stopped = await _http.GetAsync(address);
        var report = JsonNode.Parse(await stopped.Content.ReadAsStringAsync())!;
        Assert.Equal(HttpStatusCode.ServiceUnavailable, stopped.StatusCode);
        Assert.Equal("channel stopped", report["status"]!.GetValue<string>());
        Assert.Equal("ok", report["store"]!.GetValue<string>());
        var zalo = report["channels"]!.AsArray().Single(c => c!["channel"]!.GetValue<string>() == "zalo")!;
        Assert.Equal("stopped", zalo["state"]!.GetValue<string>());
    }
}
