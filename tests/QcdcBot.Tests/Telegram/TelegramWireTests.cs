using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using QcdcBot.Bot.Channels.Telegram;
using QcdcBot.Bot.Channels.Telegram.Api;
using QcdcBot.Bot.Conversation;
using QcdcBot.Storage.Submissions;
using Telegram.Bot;

namespace QcdcBot.Tests.Telegram;

/// <summary>What reaches the bot from the wire malformed, oversized or lost, through the real host and the fake Bot API.</summary>
public sealed class TelegramWireTests : IAsyncLifetime
{
    private const long Secretary = 2002;
    private static readonly TimeSpan Floor = TimeSpan.FromSeconds(1);

    private readonly CapturedLogs _logs = new();
    private FakeBotApi _api = null!;
    private TelegramTestHost _host = null!;

    public async Task InitializeAsync()
    {
        _api = await FakeBotApi.StartAsync();
        _host = new TelegramTestHost(_api, new Dictionary<string, string?>
        {
            ["Telegram:MinPollInterval"] = "00:00:01",
            ["Telegram:RequestTimeout"] = "00:00:02",
            ["Logging:LogLevel:Default"] = "Trace",
        }, logging: b => b.AddProvider(_logs).SetMinimumLevel(LogLevel.Trace));
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _api.DisposeAsync();
    }

    [Fact]
    public async Task A_null_and_an_id_beyond_Int64_are_skipped_the_next_update_is_answered_and_polling_keeps_its_floor()
    {
        _api.EnqueueJunk("null");
        _api.EnqueueJunk("""{"update_id": 92233720368547758070, "message": {"message_id": 1}}""");
        await _host.StartAsync();

        _api.Enqueue(Updates.Text(TelegramTestHost.Admin, "/trogiup"));
        await _api.WaitForMessageAsync(TelegramTestHost.Admin, "quản trị");
        await WaitAsync(() => _api.CallsTo("getUpdates").Count >= 4);

        // The junk is in every answer, so each call returns at once: only the floor spaces them (less what the
        // machine's load adds to one request's way to the fake and not to the next).
        var polls = _api.CallsTo("getUpdates");
        for (var i = 1; i < polls.Count; i++)
        {
            Assert.True(polls[i].At - polls[i - 1].At >= Floor * 0.7, $"getUpdates {i} came {polls[i].At - polls[i - 1].At} after the one before; " + string.Join("\n", _logs.Entries.Where(e => e.Level >= LogLevel.Debug && e.Category.Contains("Telegram", StringComparison.Ordinal)).Select(e => e.Text)));
        }

        Assert.DoesNotContain(_logs.Entries, e => e.Level >= LogLevel.Error);
        Assert.Contains(_logs.Entries, e => e.Level == LogLevel.Warning && e.Text.Contains("not an update", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Updates_the_model_refuses_get_a_clear_answer_store_nothing_and_log_a_warning_not_an_error()
    {
        await _host.StartAsync();
        await Seed.SecretaryAsync(_host, Secretary);
        var deadline = await Seed.DeadlineAsync(_host, "Báo cáo tổng kết năm", new DateOnly(2027, 12, 10));
        _api.AddFile("far", Encoding.UTF8.GetBytes("PK docx"));

        var pastYear9999 = Updates.Document(Secretary, "far", "bao-cao.docx", 7);
        pastYear9999["message"]!["date"] = 253_402_300_800; // 1/1/10000
        var noFileId = Updates.Document(Secretary, "far", "bao-cao.docx", 7);
        noFileId["message"]!["document"]!.AsObject().Remove("file_id");
        _api.Enqueue(pastYear9999);
        _api.Enqueue(noFileId);
        _api.Enqueue(Updates.Text(Secretary, "/viec"));

        await _api.WaitForMessageAsync(Secretary, "Báo cáo tổng kết năm");
        Assert.True(2 == _api.MessagesTo(Secretary).Count(m => m.Contains("không đọc được tin nhắn vừa rồi", StringComparison.Ordinal)),
            string.Join("\n---\n", _api.MessagesTo(Secretary)) + string.Join("\n", _logs.Entries.Where(e => e.Level >= LogLevel.Information).Select(e => e.Text)));
        Assert.Empty(await _host.Get<SubmissionStore>().AllForDeadlineAsync(deadline.Id));
        Assert.Empty(_api.CallsTo("getFile"));
        Assert.DoesNotContain(_logs.Entries, e => e.Level >= LogLevel.Error);
        Assert.Equal(2, _logs.Entries.Count(e => e.Level == LogLevel.Warning && e.Text.Contains("could not be read", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_document_without_a_declared_size_is_downloaded_and_its_real_size_checked()
    {
        await _host.StartAsync();
        var unit = await Seed.SecretaryAsync(_host, Secretary);
        var deadline = await Seed.DeadlineAsync(_host, "Báo cáo tổng kết năm", new DateOnly(2027, 12, 10));
        var bytes = Encoding.UTF8.GetBytes("%PDF-1.7 a real report " + Guid.NewGuid());
        _api.AddFile("nosize", bytes);

        var update = Updates.Document(Secretary, "nosize", "bao-cao.pdf", 0);
        update["message"]!["document"]!.AsObject().Remove("file_size");
        _api.Enqueue(update);

        await _api.WaitForMessageAsync(Secretary, "Biên nhận số");
        var file = Assert.Single((await _host.Get<SubmissionStore>().LatestAsync(unit.Id, deadline.Id))!.Files);
        Assert.Equal(bytes, await _host.Get<SubmissionStore>().ReadFileAsync(file.Sha256));
    }

    [Fact]
    public async Task A_file_larger_than_declared_gets_the_too_large_answer_and_nothing_is_stored()
    {
        await _host.StartAsync();
        await Seed.SecretaryAsync(_host, Secretary);
        var deadline = await Seed.DeadlineAsync(_host, "Báo cáo tổng kết năm", new DateOnly(2027, 12, 10));
        _api.AddFile("liar", new byte[25 * 1024 * 1024]);

        _api.Enqueue(Updates.Document(Secretary, "liar", "ho-so.pdf", 100));

        var reply = await _api.WaitForMessageAsync(Secretary, "quá lớn");
        Assert.Contains("&quot;ho-so.pdf&quot;: tệp quá lớn (hơn 20", reply.Body["text"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.DoesNotContain(_api.MessagesTo(Secretary), m => m.StartsWith("Xin lỗi", StringComparison.Ordinal));
        Assert.Empty(await _host.Get<SubmissionStore>().AllForDeadlineAsync(deadline.Id));
        Assert.DoesNotContain(_logs.Entries, e => e.Level >= LogLevel.Error);
    }

    [Fact]
    public async Task A_vietnamese_file_name_goes_in_the_multipart_body_as_plain_utf8()
    {
        await _host.StartAsync();
        const string name = "Tổng hợp QCDC — Đảng ủy Khối.xlsx";

        await _host.Get<TelegramAdapter>().SendAsync(new ConversationReference("telegram", "2002", null),
            new OutboundMessage("Bảng tổng hợp") { Document = new OutboundDocument(name, "application/octet-stream", [1, 2, 3]) }, null, default);

        var upload = await _api.WaitForAsync("sendDocument");
        var raw = upload.RawBody!;
        Assert.True(Contains(raw, Encoding.UTF8.GetBytes($"filename=\"{name}\"")), Encoding.UTF8.GetString(raw));
        Assert.False(Contains(raw, Encoding.ASCII.GetBytes("=?utf-8?")), Encoding.UTF8.GetString(raw));
        Assert.Equal(name, upload.Body["file_name"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_token_appears_in_no_log_line_and_no_exception_at_trace_level_whatever_fails()
    {
        _api.Inject("getUpdates", new Fault.Drop());
        _api.Inject("getUpdates", new Fault.ServerError());
        _api.Inject("sendMessage", new Fault.Drop());
        _api.Inject("sendMessage", new Fault.ServerError());
        _api.Inject("sendMessage", new Fault.TooManyRequests(1));
        _api.Inject("answerCallbackQuery", new Fault.Blocked());
        await _host.StartAsync();
        await Seed.SecretaryAsync(_host, Secretary);
        await Seed.DeadlineAsync(_host, "Báo cáo tổng kết năm", new DateOnly(2027, 12, 10));

        _api.Enqueue(Updates.Text(TelegramTestHost.Admin, "/trogiup"));
        _api.Enqueue(Updates.Document(Secretary, "missing-on-the-server", "bao-cao.docx", 10));
        _api.Enqueue(Updates.Callback(Secretary, Updates.Message(Updates.User(FakeBotApi.BotId), Updates.PrivateChat(Secretary), "Chọn"), "1|/viec"));
        await _api.WaitForMessageAsync(TelegramTestHost.Admin, "quản trị");
        await _api.WaitForMessageAsync(Secretary, "Báo cáo tổng kết năm");

        var secret = FakeBotApi.Token[(FakeBotApi.Token.IndexOf(':', StringComparison.Ordinal) + 1)..];
        Assert.Contains(_logs.Entries, e => e.Level == LogLevel.Trace || e.Level == LogLevel.Debug);
        Assert.Contains(_logs.Entries, e => e.Level == LogLevel.Warning);
        Assert.DoesNotContain(_logs.Entries, e => e.Text.Contains(secret, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_client_tries_a_send_once_after_a_dropped_connection_but_retries_a_read()
    {
        var client = Client(out var options);
        _api.Inject("sendMessage", new Fault.Drop());
        _api.Inject("getMe", new Fault.Drop());
        _api.Inject("getMe", new Fault.ServerError());

        var failure = await Assert.ThrowsAsync<TelegramUnavailableException>(() => client.SendMessageAsync(2002, "Xin chào", null, null, default));
        var me = await client.GetMeAsync(default);

        Assert.Single(_api.CallsTo("sendMessage"));
        Assert.Equal(3, _api.CallsTo("getMe").Count);
        Assert.Equal(FakeBotApi.Username, me.Username);
        Assert.DoesNotContain(FakeBotApi.Token, failure.ToString(), StringComparison.Ordinal);
        Assert.True(options.MaxAttempts >= 3);
    }

    [Fact]
    public async Task A_429_on_a_send_is_reported_with_retry_after_not_retried_and_holds_the_next_read()
    {
        // When the next message may go is the dispatcher's decision (it slows the channel for retry_after); the
        // client holds only its own calls, such as getMe.
        var client = Client(out _);
        _api.Inject("sendMessage", new Fault.TooManyRequests(1));

        var refused = await Assert.ThrowsAsync<TelegramApiException>(() => client.SendMessageAsync(2002, "Xin chào", null, null, default));
        await client.GetMeAsync(default);

        Assert.Equal(TimeSpan.FromSeconds(1), refused.RetryAfter);
        Assert.Single(_api.CallsTo("sendMessage"));
        var sent = _api.CallsTo("sendMessage")[0].At;
        var read = _api.CallsTo("getMe")[^1].At;
        Assert.True(read - sent >= TimeSpan.FromSeconds(1), $"read again after {read - sent}");
    }

    private TelegramClient Client(out TelegramOptions options)
    {
        options = new TelegramOptions { Token = FakeBotApi.Token, ApiBaseUrl = _api.BaseUrl, RetryBaseDelay = TimeSpan.FromMilliseconds(20), RetryMaxDelay = TimeSpan.FromMilliseconds(50) };
        var bot = new TelegramBotClient(new TelegramBotClientOptions(options.Token, options.ApiBaseUrl) { RetryThreshold = 0, RetryCount = 0 }, new HttpClient());
        return new TelegramClient(bot, Options.Create(options), TimeProvider.System, NullLogger<TelegramClient>.Instance);
    }

    private static bool Contains(byte[] haystack, byte[] needle) => haystack.AsSpan().IndexOf(needle) >= 0;

    private static async Task WaitAsync(Func<bool> condition)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(waited.Elapsed < TimeSpan.FromSeconds(15), "condition not met in time");
            await Task.Delay(20);
        }
    }
}
