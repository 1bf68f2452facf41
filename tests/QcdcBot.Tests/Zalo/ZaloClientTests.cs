using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using QcdcBot.Bot.Channels;
using QcdcBot.Bot.Channels.Zalo;
using QcdcBot.Bot.Channels.Zalo.Api;
using QcdcBot.Bot.Conversation;
using QcdcBot.Tests.Support;

namespace QcdcBot.Tests.Zalo;

/// <summary>Our Zalo Bot API client against the fake: the envelope, one update per poll, limits, retries, a dead token.</summary>
public sealed class ZaloClientTests : IAsyncLifetime
{
    private readonly RecordedLogs _logs = new();
    private FakeZaloApi _api = null!;
    private ServiceProvider _services = null!;

    public async Task InitializeAsync()
    {
        _api = await FakeZaloApi.StartAsync();
        var services = new ServiceCollection()
            .AddLogging(b => b.AddProvider(_logs).SetMinimumLevel(LogLevel.Debug))
            .AddSingleton(TimeProvider.System)
            .Configure<ZaloOptions>(o =>
            {
                o.Token = FakeZaloApi.Token;
                o.ApiBaseUrl = _api.BaseUrl;
                o.RetryBaseDelay = TimeSpan.FromMilliseconds(20);
                o.RetryMaxDelay = TimeSpan.FromMilliseconds(50);
                o.MaxAttempts = 3;
            });
        services.AddHttpClient(ZaloBotClient.HttpClientName).RemoveAllLoggers();
        services.AddSingleton<ZaloBotClient>();
        _services = services.BuildServiceProvider();
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _api.DisposeAsync();
    }

    private ZaloBotClient Client => _services.GetRequiredService<ZaloBotClient>();

    [Fact]
    public async Task GetUpdates_hands_out_one_event_per_call_and_nothing_after_a_408()
    {
        _api.Enqueue(ZaloEvents.Text("u1", "một"));
        _api.Enqueue(ZaloEvents.Text("u1", "hai"));

        var first = ZaloEvent.Parse((await Client.GetUpdateAsync(TimeSpan.FromSeconds(1), default))!);
        var second = ZaloEvent.Parse((await Client.GetUpdateAsync(TimeSpan.FromSeconds(1), default))!);
        var third = await Client.GetUpdateAsync(TimeSpan.FromSeconds(1), default);

        Assert.Equal("một", first!.Message.Text);
        Assert.Equal("hai", second!.Message.Text);
        Assert.Null(third);
    }

    [Fact]
    public async Task A_text_over_2000_characters_is_never_sent()
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() => Client.SendMessageAsync("u1", new string('a', 2001), default));

        Assert.Contains("2000", error.Message, StringComparison.Ordinal);
        Assert.Empty(_api.CallsTo("sendMessage"));
    }

    [Fact]
    public async Task The_fake_refuses_a_text_over_2000_characters_as_zalo_does()
    {
        using var http = new HttpClient();
        using var response = await http.PostAsync($"{_api.BaseUrl}/bot{FakeZaloApi.Token}/sendMessage",
            new StringContent(new JsonObject { ["chat_id"] = "u1", ["text"] = new string('a', 2001) }.ToJsonString(), System.Text.Encoding.UTF8, "application/json"));
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.False(body["ok"]!.GetValue<bool>());
        Assert.Equal(400, body["error_code"]!.GetValue<int>());
    }

    [Fact]
    public async Task Quota_and_server_errors_are_retried_with_backoff()
    {
        _api.Inject("sendMessage", ZaloFault.QuotaExceeded);
        _api.Inject("sendMessage", ZaloFault.ServerError);

        var sent = await Client.SendMessageAsync("u1", "Xin chào", default);

        Assert.Equal(20, sent.MessageId.Length);
        Assert.Equal(3, _api.CallsTo("sendMessage").Count);
    }

    [Fact]
    public async Task A_lasting_quota_refusal_reaches_the_dispatcher_as_rate_limited()
    {
        _api.Inject("sendMessage", ZaloFault.QuotaExceeded, times: 3);
        var adapter = new ZaloAdapter(Client, null!, new TypedChoices(null!), null!, _services.GetRequiredService<ILogger<ZaloAdapter>>());

        var error = await Assert.ThrowsAsync<ChannelDeliveryException>(() =>
            adapter.SendAsync(new ConversationReference("zalo", "u1", "u1"), new OutboundMessage("Xin chào"), default));

        Assert.Equal(DeliveryFailure.RateLimited, error.Failure);
        Assert.Equal(ZaloAdapter.QuotaWait, error.RetryAfter);
    }

    [Fact]
    public async Task A_refused_token_stops_the_channel_with_one_log_line_and_no_retries()
    {
        _api.Inject("getUpdates", ZaloFault.Unauthorized);

        var first = await Assert.ThrowsAsync<ZaloApiException>(() => Client.GetUpdateAsync(TimeSpan.FromSeconds(1), default));
        var second = await Assert.ThrowsAsync<ZaloApiException>(() => Client.SendMessageAsync("u1", "Xin chào", default));

        Assert.True(first.IsUnauthorized);
        Assert.True(second.IsUnauthorized);
        Assert.True(Client.IsStopped);
        Assert.Single(_api.Calls);
        Assert.Single(_logs.Lines, l => l.Level >= LogLevel.Error);
        Assert.Contains("Zalo:Token", _logs.Lines.Single(l => l.Level >= LogLevel.Error).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_token_appears_in_no_error_and_no_log_line()
    {
        _api.Inject("sendMessage", ZaloFault.Drop, times: 3);
        _api.Inject("getMe", ZaloFault.ServerError, times: 3);

        var dropped = await Assert.ThrowsAsync<ZaloUnavailableException>(() => Client.SendMessageAsync("u1", "Xin chào", default));
        var failed = await Assert.ThrowsAnyAsync<Exception>(() => Client.GetMeAsync(default));

        var secret = FakeZaloApi.Token.Split(':')[1];
        Assert.DoesNotContain(secret, dropped.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(secret, failed.ToString(), StringComparison.Ordinal);
        Assert.NotEmpty(_logs.Lines);
        Assert.All(_logs.Lines, l => Assert.DoesNotContain(secret, l.Text, StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_image_is_downloaded_under_the_cap_and_refused_over_it()
    {
        var url = new Uri(_api.AddImage("anh.jpg", new byte[5000], raw: true));

        Assert.Equal(5000, (await Client.DownloadAsync(url, 5000, default)).Length);
        var error = await Assert.ThrowsAsync<ZaloFileTooLargeException>(() => Client.DownloadAsync(url, 4999, default));
        Assert.Equal(5000, error.Size);
    }

    [Fact]
    public async Task Webhook_registration_round_trips_and_an_unset_webhook_reads_as_none()
    {
        Assert.Null(await Client.GetWebhookInfoAsync(default));

        await Client.SetWebhookAsync("https://bot.example.vn/zalo/webhook", "hook-secret-123", default);
        Assert.Equal("https://bot.example.vn/zalo/webhook", (await Client.GetWebhookInfoAsync(default))!.Url);

        await Client.DeleteWebhookAsync(default);
        Assert.Null(await Client.GetWebhookInfoAsync(default));
    }
}
