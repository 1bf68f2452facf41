using System.Text.Json;
using QcdcBot.Bot.Hosting.Warmup;
using Telegram.Bot;
using Telegram.Bot.Requests;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace QcdcBot.Bot.Channels.Telegram;

/// <summary>
/// Telegram's JSON as a turn meets it, through Telegram.Bot's own options: an update read (as the poller and the
/// update handler read it), a sendMessage request written and its answer read. In memory only; nothing is sent.
/// </summary>
internal sealed class TelegramJsonWarmStep : IWarmStep
{
    // A private text message with the fields Telegram always sends.
    private const string Update = """
        {"update_id":1,"message":{"message_id":1,"date":1800000000,"from":{"id":1,"is_bot":false,"first_name":"·"},"chat":{"id":1,"type":"private","first_name":"·"},"text":"/start"}}
        """;

    private const string Sent = """
        {"ok":true,"result":{"message_id":2,"date":1800000000,"chat":{"id":1,"type":"private"},"text":"·"}}
        """;

    public string Name => "Telegram JSON";

    public Task RunAsync(CancellationToken ct)
    {
        TelegramUpdateInfo.From(Update);
        TelegramUpdateInfo.Parse(Update);
        // Between the parts: a turn that begins meanwhile should not wait for the rest (StartupWarmup).
        ct.ThrowIfCancellationRequested();
        JsonSerializer.Serialize(new SendMessageRequest
        {
            ChatId = 1,
            Text = "·",
            ParseMode = ParseMode.Html,
            LinkPreviewOptions = new LinkPreviewOptions { IsDisabled = true },
            ReplyParameters = new ReplyParameters { MessageId = 1, AllowSendingWithoutReply = true },
        }, JsonBotAPI.Options);
        ct.ThrowIfCancellationRequested();
        JsonSerializer.Deserialize<ApiResponse<Message>>(Sent, JsonBotAPI.Options);
        return Task.CompletedTask;
    }
}
