using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using QcdcBot.Bot.Channels.Telegram;
using QcdcBot.Bot.Web;
using QcdcBot.Storage.Deadlines;
using QcdcBot.Storage.Inbox;
using QcdcBot.Tests.Support;

namespace QcdcBot.Tests.Telegram;

/// <summary>Webhook mode: the secret header, de-duplication, and recorded real-shaped updates through the real endpoint.</summary>
public sealed class TelegramWebhookTests : IAsyncLifetime
{
    private const string Secret = "hook_Secret-123";

    private readonly HttpClient _http = new();
    private FakeBotApi _api = null!;
    private TelegramTestHost _host = null!;
    private string _url = null!;

    public async Task InitializeAsync()
    {
        _api = await FakeBotApi.StartAsync();
        _host = new TelegramTestHost(_api, new Dictionary<string, string?>
        {
            ["Telegram:Mode"] = "Webhook",
            ["Web:Listen"] = "http://127.0.0.1:0",
            ["Telegram:WebhookPath"] = "/tg/hook",
            ["Telegram:WebhookSecret"] = Secret,
            ["Telegram:WebhookUrl"] = "https://bot.example.invalid/tg/hook",
        });
        await _host.StartAsync();
        _url = _host.Get<WebFrontDoor>().Addresses[0] + "/tg/hook";
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _host.DisposeAsync();
        await _api.DisposeAsync();
    }

    [Fact]
    public async Task The_webhook_is_registered_with_its_secret_at_start()
    {
        var call = await _api.WaitForAsync("setWebhook");

        Assert.Equal("https://bot.example.invalid/tg/hook", call.Body["url"]!.GetValue<string>());
        Assert.Equal(Secret, call.Body["secret_token"]!.GetValue<string>());
        Assert.Empty(_api.CallsTo("getUpdates"));
    }

    [Fact]
    public async Task A_forged_secret_gets_401_and_changes_nothing()
    {
        var update = Updates.Text(TelegramTestHost.Admin, "/giao Báo cáo tự kiểm tra QCDC trước ngày 25/10/2027");
        update["update_id"] = 5001;

        Assert.Equal(HttpStatusCode.Unauthorized, await PostAsync(update, "wrong-secret"));
        Assert.Equal(HttpStatusCode.Unauthorized, await PostAsync(update, null));
        await Task.Delay(300);

        Assert.Null(await _host.Get<InboxStore>().StateAsync("telegram", BotId, Id(5001)));
        Assert.Empty(await _host.Get<DeadlineStore>().ListAsync());
        Assert.Empty(_api.CallsTo("sendMessage"));
    }

    [Fact]
    public async Task The_same_update_delivered_twice_is_applied_once()
    {
        var update = Updates.Text(TelegramTestHost.Admin, "/giao Báo cáo tự kiểm tra QCDC trước ngày 25/10/2027");
        update["update_id"] = 5002;

        Assert.Equal(HttpStatusCode.OK, await PostAsync(update, Secret));
        await _api.WaitForMessageAsync(TelegramTestHost.Admin, "Đã giao việc");
        Assert.Equal(HttpStatusCode.OK, await PostAsync(update, Secret));
        await Task.Delay(300);

        Assert.Single(await _host.Get<DeadlineStore>().ListAsync());
        Assert.Single(_api.MessagesTo(TelegramTestHost.Admin));
        Assert.Equal("done", await _host.Get<InboxStore>().StateAsync("telegram", BotId, Id(5002)));
    }

    [Fact]
    public async Task Recorded_real_shaped_updates_go_through_the_endpoint_and_are_handled()
    {
        _api.AddFile("AgACAgUAAxkBAAIBK2fixture-x", TestFiles.WellFormed("anh.jpg", [1, 2, 3]));
        var files = new[] { "private_text", "document", "photo", "callback_query", "group_message", "my_chat_member" };
        foreach (var name in files)
        {
            var json = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Telegram", "Fixtures", name + ".json"));
            Assert.Equal(HttpStatusCode.OK, await PostRawAsync(json, Secret));
        }

        const long person = 7001;
        const long group = -1001987654321;
        await _api.WaitForMessageAsync(group, "/nhomlanhdao");
        await _api.WaitForAsync("answerCallbackQuery", c => c.Body["callback_query_id"]!.GetValue<string>() == "4382bfdwdsb323b2d9");
        await _api.WaitForAsync("editMessageText", c => c.Body["message_id"]!.GetValue<long>() == 44);
        foreach (var id in Enumerable.Range(1, 6))
        {
            Assert.Equal("done", await _host.Get<InboxStore>().StateAsync("telegram", BotId, Id(861000000 + id)));
        }

        // Text, document, photo and button each got an answer in the private chat (chats are handled side by side, and a
        // private chat gets one message a second); the group got one for /tinhhinh and the greeting.
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (_api.MessagesTo(person).Count < 4 && waited.Elapsed < TimeSpan.FromSeconds(15))
        {
            await Task.Delay(20);
        }

        Assert.Equal(4, _api.MessagesTo(person).Count);
        Assert.Equal(2, _api.MessagesTo(group).Count);
        Assert.Contains(_api.CallsTo("sendMessage"), c => c.Body["chat_id"]!.GetValue<long>() == group && c.Body["reply_parameters"]?["message_id"]?.GetValue<long>() == 301);
    }

    private static string BotId => FakeBotApi.BotId.ToString(CultureInfo.InvariantCulture);

    private static string Id(long updateId) => updateId.ToString(CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("null")]
    [InlineData("""{"update_id": 92233720368547758070}""")]
    [InlineData("[1, 2]")]
    public async Task A_body_that_is_not_an_update_is_acknowledged_so_telegram_stops_sending_it_and_changes_nothing(string body)
    {
        Assert.Equal(HttpStatusCode.OK, await PostRawAsync(body, Secret));

        var update = Updates.Text(TelegramTestHost.Admin, "/trogiup");
        update["update_id"] = 5009;
        Assert.Equal(HttpStatusCode.OK, await PostAsync(update, Secret));
        await _api.WaitForMessageAsync(TelegramTestHost.Admin, "quản trị");
        Assert.Empty(await _host.Get<DeadlineStore>().ListAsync());
    }

    private Task<HttpStatusCode> PostAsync(JsonObject update, string? secret) => PostRawAsync(update.ToJsonString(), secret);

    private async Task<HttpStatusCode> PostRawAsync(string json, string? secret)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, _url) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        if (secret is not null)
        {
            request.Headers.Add(WebhookSecret.Header, secret);
        }

        using var response = await _http.SendAsync(request);
        return response.StatusCode;
    }
}
