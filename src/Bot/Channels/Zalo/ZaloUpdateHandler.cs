using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using QcdcBot.Bot.Channels.Zalo.Api;
using QcdcBot.Bot.Conversation;
using QcdcBot.Bot.Conversation.Routing;
using QcdcBot.Bot.Delivery;
using QcdcBot.Bot.Text;
using QcdcBot.Storage.Leadership;

namespace QcdcBot.Bot.Channels.Zalo;

/// <summary>
/// Handles one Zalo event: text → a turn; an image → a photo submission (downloaded under the size cap first);
/// sticker, voice and content Zalo withholds → a short polite answer; an event name we do not know → logged, ignored.
/// Every message sent for an event is keyed on its message_id, so handling it again enqueues nothing new.
/// </summary>
internal sealed class ZaloUpdateHandler(
    ConversationBot bot,
    ZaloBotClient client,
    LeadershipChatStore leadershipChats,
    OutboxWriter outbox,
    IOptionsMonitor<BotOptions> botOptions,
    ILogger<ZaloUpdateHandler> logger)
{
    private const string Channel = ZaloAdapter.ChannelName;

    public const string NotReadable =
        "Bot chỉ đọc được tin nhắn chữ và ảnh chụp. Để nộp tệp (.docx, .pdf…), gõ /nopfile để nhận đường dẫn trang nộp tệp; " +
        "để trả lời, xin nhắn bằng chữ.";

    public async Task HandleAsync(ZaloEvent update, CancellationToken ct)
    {
        var message = update.Message;
        if (message.FromBot)
        {
            return;
        }

        var key = $"zalo:{message.MessageId}";
        var origin = new ConversationReference(Channel, message.Chat.Id, message.FromId);
        switch (update.EventName)
        {
            case ZaloEvent.Text:
                await HandleTextAsync(message, origin, key, ct);
                break;
            case ZaloEvent.Image:
                await HandleImageAsync(message, origin, key, ct);
                break;
            case ZaloEvent.Sticker or ZaloEvent.Voice or ZaloEvent.Unsupported:
                if (!message.Chat.IsGroup)
                {
                    await ReplyAsync(origin, NotReadable, key, ct);
                }

                break;
            default:
                logger.LogInformation("Zalo event {EventName} ({MessageId}) is not one the bot handles; ignored", update.EventName, message.MessageId);
                break;
        }
    }

    private async Task HandleTextAsync(ZaloMessage message, ConversationReference origin, string key, CancellationToken ct)
    {
        var text = message.Text ?? string.Empty;
        if (message.Chat.IsGroup)
        {
            // Zalo passes on only what mentions the bot or replies to it; the mention comes first in the text.
            text = WithoutMention(text);
            var command = CommandLine.Parse(text);
            if (command is { HadSlash: true, Name: GroupCommands.LeadershipCommand })
            {
                await MakeLeadershipChatAsync(message, origin, key, ct);
                return;
            }

            if (command is null || !GroupCommands.IsAllowed(command.Name))
            {
                await ReplyAsync(origin, GroupCommands.PrivateOnlyReply, key, ct);
                return;
            }
        }
        else if (GroupCommands.Is(text, GroupCommands.LeadershipCommand))
        {
            await ReplyAsync(origin, "Lệnh /nhomlanhdao dùng trong nhóm Zalo của lãnh đạo: mời bot vào nhóm rồi gõ lệnh ở đó (nhắc tên bot).", key, ct);
            return;
        }

        await TurnAsync(Activity(message, origin, text, []), key, ct);
    }

    private async Task HandleImageAsync(ZaloMessage message, ConversationReference origin, string key, CancellationToken ct)
    {
        if (message.Chat.IsGroup)
        {
            return;
        }

        if (!Uri.TryCreate(message.PhotoUrl, UriKind.Absolute, out var url) || url.Scheme is not ("https" or "http"))
        {
            await ReplyAsync(origin, "Ảnh vừa gửi không tải về được (Zalo không kèm đường dẫn ảnh). Xin gửi lại ảnh.", key, ct);
            return;
        }

        var limit = botOptions.CurrentValue.MaxFileBytes;
        byte[] bytes;
        try
        {
            bytes = await client.DownloadAsync(url, limit, ct);
        }
        catch (ZaloApiException ex) when (ex.ErrorCode == 413)
        {
            await ReplyAsync(origin, $"Ảnh quá lớn: bot nhận tệp tối đa {VietnameseWording.FileSize(limit)}. Xin chụp lại với cỡ nhỏ hơn hoặc dùng trang nộp tệp (gõ /nopfile).", key, ct);
            return;
        }

        // The bytes are already here, under the cap: the core's checks see the real size.
        var name = $"anh-zalo-{message.MessageId}.jpg";
        var photo = new InboundAttachment(name, "image/jpeg", bytes.LongLength, _ => Task.FromResult(bytes));
        await TurnAsync(Activity(message, origin, message.Caption ?? string.Empty, [photo]), key, ct);
    }

    private async Task MakeLeadershipChatAsync(ZaloMessage message, ConversationReference origin, string key, CancellationToken ct)
    {
        var caller = $"{Channel}:{message.FromId}";
        if (!botOptions.CurrentValue.IsAdmin(caller))
        {
            await ReplyAsync(origin, $"Chỉ {botOptions.CurrentValue.OfficeName} (quản trị bot) mới đặt được nhóm lãnh đạo.", key, ct);
            return;
        }

        await leadershipChats.AddAsync(Channel, message.Chat.Id, "Nhóm Zalo " + message.Chat.Id, caller, ct);
        await ReplyAsync(origin, "Đã đặt nhóm Zalo này là nhóm lãnh đạo: bản tổng hợp tình hình nộp báo cáo sẽ được gửi vào đây.", key, ct);
    }

    private async Task TurnAsync(InboundActivity activity, string key, CancellationToken ct)
    {
        var result = await bot.OnTurnAsync(activity, ct);
        await outbox.EnqueueTurnAsync(activity, result, key, ct);
    }

    private Task ReplyAsync(ConversationReference to, string text, string key, CancellationToken ct) =>
        outbox.EnqueueAsync(to, new OutboundMessage(text), key + ":notice", ct);

    private static InboundActivity Activity(ZaloMessage message, ConversationReference origin, string text, IReadOnlyList<InboundAttachment> files) =>
        new(Channel, origin.ChatId, origin.UserId!, string.IsNullOrWhiteSpace(message.DisplayName) ? message.FromId : message.DisplayName, text, files,
            IsGroup: message.Chat.IsGroup,
            MessageId: message.MessageId,
            SentAt: message.Date > 0 ? DateTimeOffset.FromUnixTimeMilliseconds(message.Date) : null);

    /// <summary>"@Bot QCDC /tinhhinh" → "/tinhhinh": a display name may have spaces, so the command starts at the first slash.</summary>
    internal static string WithoutMention(string text)
    {
        var trimmed = text.TrimStart();
        if (!trimmed.StartsWith('@'))
        {
            return trimmed;
        }

        var slash = trimmed.IndexOf(" /", StringComparison.Ordinal);
        return slash < 0 ? trimmed : trimmed[(slash + 1)..];
    }
}
