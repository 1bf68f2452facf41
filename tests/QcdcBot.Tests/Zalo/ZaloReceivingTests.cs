using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using QcdcBot.Bot.Channels.Zalo;
using QcdcBot.Bot.Web;
using QcdcBot.Storage.Database;
using QcdcBot.Storage.Deadlines;
using QcdcBot.Tests.Support;

namespace QcdcBot.Tests.Zalo;

/// <summary>How events reach the bot: the webhook on the front door (secret, wrapped and bare bodies, duplicates) and polling's end on a dead token.</summary>
public sealed class ZaloReceivingTests : IAsyncLifetime
{
    private const string Secret = "zalo-hook-secret-42";

    private readonly HttpClient _http = new();
    private FakeZaloApi _api = null!;

    public async Task InitializeAsync() => _api = await FakeZaloApi.StartAsync();

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _api.DisposeAsync();
    }

    [Fact]
    public async Task The_webhook_is_registered_with_its_secret_and_polling_is_not_used()
    {
        await using var host = await StartWebhookHostAsync();

        var call = await _api.WaitForAsync("setWebhook");

        Assert.Equal("https://qcdc.example.vn/zalo/hook", call.Body["url"]!.GetValue<string>());
        Assert.Equal(Secret, call.Body["secret_token"]!.GetValue<string>());
        Assert.Empty(_api.CallsTo("getUpdates"));
    }

    [Fact]
    public async Task A_wrong_or_missing_secret_gets_403_and_nothing_is_stored()
    {
        await using var host = await StartWebhookHostAsync();
        var assign = ZaloEvents.Text(ZaloTestHost.Admin, "/giao Báo cáo tự kiểm tra QCDC trước ngày 25/10/2027");

        Assert.Equal(HttpStatusCode.Forbidden, await PostAsync(host, assign, "wrong-secret-123"));
        Assert.Equal(HttpStatusCode.Forbidden, await PostAsync(host, assign, null));
        await Task.Delay(300);

        Assert.Equal(0, await InboxRowsAsync(host));
        Assert.Empty(await host.Get<DeadlineStore>().ListAsync());
        Assert.Empty(_api.CallsTo("sendMessage"));
    }

    [Fact]
    public async Task Wrapped_and_bare_bodies_are_both_handled_and_a_second_delivery_is_applied_once()
    {
        await using var host = await StartWebhookHostAsync();
        var assign = ZaloEvents.Text(ZaloTestHost.Admin, "/giao Báo cáo tự kiểm tra QCDC trước ngày 25/10/2027");
        var help = ZaloEvents.Text(ZaloTestHost.Admin, "/toi");

        Assert.Equal(HttpStatusCode.OK, await PostAsync(host, ZaloEvents.Wrapped(assign), Secret));
        Assert.Equal(HttpStatusCode.OK, await PostAsync(host, help, Secret));
        await _api.WaitForMessageAsync(ZaloTestHost.Admin, "Đã giao việc");
        await _api.WaitForMessageAsync(ZaloTestHost.Admin, "Mã tài khoản chat");
        Assert.Equal(HttpStatusCode.OK, await PostAsync(host, assign, Secret));
        await Task.Delay(500);

        Assert.Single(await host.Get<DeadlineStore>().ListAsync());
        Assert.Single(_api.MessagesTo(ZaloTestHost.Admin), m => m.Contains("Đã giao việc", StringComparison.Ordinal));
        Assert.Equal(2, await InboxRowsAsync(host));
    }

    [Fact]
    public async Task A_body_that_is_no_event_is_refused_and_an_unknown_event_is_ignored()
    {
        await using var host = await StartWebhookHostAsync();

        Assert.Equal(HttpStatusCode.BadRequest, await PostRawAsync(host, "{\"ok\":true}", Secret));
        Assert.Equal(HttpStatusCode.OK, await PostAsync(host, ZaloEvents.Named("message.location.received", ZaloTestHost.Admin), Secret));
        Assert.Equal(HttpStatusCode.OK, await PostAsync(host, ZaloEvents.Text(ZaloTestHost.Admin, "/toi"), Secret));

        await _api.WaitForMessageAsync(ZaloTestHost.Admin, "Mã tài khoản chat");
        Assert.Single(_api.MessagesTo(ZaloTestHost.Admin));
    }

    [Fact]
    public async Task An_event_without_sender_or_chat_is_answered_200_and_stores_nothing_while_a_body_that_is_not_json_stays_400()
    {
        await using var host = await StartWebhookHostAsync();

        Assert.Equal(HttpStatusCode.OK, await PostRawAsync(host, "{\"event_name\":\"message.weird\",\"message\":{\"message_id\":\"wh5\"}}", Secret));
        Assert.Equal(HttpStatusCode.OK, await PostRawAsync(host, "{\"ok\":true,\"result\":{\"event_name\":\"message.text.received\",\"message\":{\"text\":\"x\"}}}", Secret));
        Assert.Equal(HttpStatusCode.BadRequest, await PostRawAsync(host, "không phải json", Secret));

        Assert.Equal(0, await InboxRowsAsync(host));
    }

    [Fact]
    public async Task A_refused_token_stops_polling_with_one_log_line()
    {
        _api.Inject("deleteWebhook", ZaloFault.Unauthorized);
        await using var host = ZaloTestHost.Create(_api);
        await host.StartAsync(seedUnits: false);

        // Wait for the refusal to be logged (a loaded machine may take seconds to get there), then give a retry loop time to show itself.
        for (var waited = 0; waited < 30_000 && !host.Logs.Lines.Any(l => l.Level >= LogLevel.Error); waited += 50)
            await Task.Delay(50);
        await Task.Delay(1500);

        Assert.Single(_api.Calls);
        Assert.Empty(_api.CallsTo("getUpdates"));
        var errors = host.Logs.Lines.Where(l => l.Level >= LogLevel.Error).ToList();
        Assert.Single(errors);
        Assert.Contains("Zalo:Token", errors[0].Text, StringComparison.Ordinal);
        Assert.DoesNotContain(FakeZaloApi.Token, errors[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Polling_stores_events_one_by_one_and_a_quota_refusal_only_slows_it_down()
    {
        await using var host = ZaloTestHost.Create(_api);
        await host.StartAsync(seedUnits: false);
        _api.Inject("getUpdates", ZaloFault.QuotaExceeded);
        _api.Enqueue(ZaloEvents.Text(ZaloTestHost.Admin, "/toi"));
        _api.Enqueue(ZaloEvents.Sticker(ZaloTestHost.Admin));

        await _api.WaitForMessageAsync(ZaloTestHost.Admin, "Mã tài khoản chat");
        await _api.WaitForMessageAsync(ZaloTestHost.Admin, "chữ và ảnh chụp");
        Assert.Equal(2, await InboxRowsAsync(host));
    }

    private async Task<BotTestHost> StartWebhookHostAsync()
    {
        var host = ZaloTestHost.Create(_api, new Dictionary<string, string?>
        {
            ["Zalo:Mode"] = "Webhook",
            ["Zalo:WebhookPath"] = "/zalo/hook",
            ["Zalo:WebhookSecret"] = Secret,
            ["Zalo:WebhookUrl"] = "https://qcdc.example.vn/zalo/hook",
            ["Web:Listen"] = "http://127.0.0.1:0",
        });
        await host.StartAsync(seedUnits: false);
        return host;
    }

    private static async Task<long> InboxRowsAsync(BotTestHost host)
    {
        await using var connection = await host.Get<SqliteDatabase>().OpenAsync();
        return await connection.ScalarAsync<long>("SELECT COUNT(*) FROM inbox WHERE channel = 'zalo'", null, default);
    }

    private Task<HttpStatusCode> PostAsync(BotTestHost host, JsonObject body, string? secret) => PostRawAsync(host, body.ToJsonString(), secret);

    private async Task<HttpStatusCode> PostRawAsync(BotTestHost host, string json, string? secret)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, host.Get<WebFrontDoor>().Addresses[0] + "/zalo/hook")
        {
            Content = new StringContent(json, Encoding.UTF8, "application/json"),
        };
        if (secret is not null)
        {
            request.Headers.Add(ZaloWebhook.Header, secret);
        }

        using var response = await _http.SendAsync(request);
        return response.StatusCode;
    }
}
