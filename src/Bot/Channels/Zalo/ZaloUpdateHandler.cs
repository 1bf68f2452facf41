using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using QcdcBot.Bot.Channels.Zalo.Api;
using QcdcBot.Bot.Conversation;
using QcdcBot.Bot.Conversation.Routing;
using QcdcBot.Bot.Conversation.State;
using QcdcBot.Bot.Conversation.Submissions;
using QcdcBot.Bot.Delivery;
using QcdcBot.Bot.Inbox;
using QcdcBot.Bot.Text;
using QcdcBot.Storage.Conversations;
using QcdcBot.Storage.Inbox;

namespace QcdcBot.Bot.Channels.Zalo;

/// <summary>
/// Zalo's part of handling stored events: text → a turn; an image → a photo submission (downloaded under the size
/// cap before the turn); sticker, voice and content Zalo withholds → a short polite answer; an event name we do not
/// know → logged and ignored. Every message sent for an event is keyed on its message_id, so handling it again
/// enqueues nothing new.
/// </summary>
internal sealed class ZaloUpdateHandler(
    ConversationBot bot,
    ZaloBotClient client,
    LeadershipGroups leadershipGroups,
    ZaloGroupChats groupChats,
    ConversationStateAccessor states,
    MessageLinkStore links,
    OutboxWriter outbox,
    IOptionsMonitor<BotOptions> botOptions,
    ILogger<ZaloUpdateHandler> logger) : IInboxHandler
{
    private const string Channel = ZaloAdapter.ChannelName;

    public const string NotReadable =
        "Bot chỉ đọc được tin nhắn chữ và ảnh chụp (ảnh chụp thì gửi thẳng vào đây). Tệp Word/PDF xin nộp qua trang nộp tệp: gõ /nopfile để nhận đường dẫn; " +
        "để trả lời, xin nhắn bằng chữ.";

    public const string PhotoNotFetched =
        "Bot không tải được ảnh vừa gửi từ Zalo (ảnh không còn hoặc Zalo không trả lời), nên chưa ghi nhận gì. " +
        "Xin gửi lại ảnh, hoặc gõ /nopfile để nhận đường dẫn trang nộp tệp.";

    /// <summary>A photo whose bytes are no picture: the file is Zalo's, not the sender's, so no made-up name or type is quoted.</summary>
    public const string PhotoUnreadable =
        "Ảnh vừa gửi không mở được (không phải ảnh hoặc bị hỏng), nên bot chưa ghi nhận gì. Xin chụp/gửi lại ảnh; " +
        "tệp Word/PDF xin nộp qua trang nộp tệp (gõ /nopfile để nhận đường dẫn).";

    string IInboxHandler.Channel => Channel;

    /// <summary>Zalo sends no albums: each photo is its own event.</summary>
    public TimeSpan GroupWindow => TimeSpan.Zero;

    /// <summary>How long handled message ids are kept to recognise a second webhook delivery.</summary>
    public TimeSpan Retention => TimeSpan.FromDays(7);

    /// <summary>What the inbox keeps of an event: its message_id (the de-duplication key), its chat, the body as received.</summary>
    public static ReceivedEvent Received(ZaloEvent update, string payload) => new(update.Message.MessageId, update.Message.Chat.Id, null, payload);

    public async Task<InboxTurn?> PrepareAsync(IReadOnlyList<InboxEvent> events, CancellationToken ct)
    {
        var first = events[0];
        if (ZaloEvent.Parse(first.Payload) is { } update)
        {
            // The event's date decides lateness only when it is plausible; otherwise the time it reached this server does.
            var at = EventTime.Of(update.Message.Date > 0 ? DateTimeOffset.FromUnixTimeMilliseconds(update.Message.Date) : null, first.ReceivedAt);
            return await PrepareAsync(update with { Message = update.Message with { Date = at.ToUnixTimeMilliseconds() } }, ct);
        }

        logger.LogWarning("Zalo event {EventId} could not be read and was skipped", first.EventId);
        return first.ChatId is { } chat ? c => ReplyAsync(new ConversationReference(Channel, chat, null), NotReadable, $"zalo:{first.EventId}", c) : null;
    }

    private async Task<InboxTurn?> PrepareAsync(ZaloEvent update, CancellationToken ct)
    {
        var message = update.Message;
        if (message.FromBot)
        {
            return null;
        }

        if (message.Chat.IsGroup)
        {
            groupChats.Remember(message.Chat.Id);
        }

        var key = $"zalo:{message.MessageId}";
        var origin = new ConversationReference(Channel, message.Chat.Id, message.FromId);
        switch (update.EventName)
        {
            case ZaloEvent.Text:
                return await PrepareTextAsync(message, origin, key, ct);
            case ZaloEvent.Image:
                return await PrepareImageAsync(message, origin, key, ct);
            case ZaloEvent.File:
                return message.Chat.IsGroup ? null : await WithheldFileAsync(message, origin, key, ct);
            case ZaloEvent.Sticker or ZaloEvent.Voice or ZaloEvent.Unsupported:
                return message.Chat.IsGroup ? null : await UnreadableAsync(message, origin, key, ct);
            default:
                logger.LogInformation("Zalo event {EventName} ({MessageId}) is not one the bot handles; ignored", update.EventName, message.MessageId);
                return null;
        }
    }

    /// <summary>A Word/PDF Zalo names but never passes on: a turn, so the secretary gets the upload links with the why.</summary>
    private async Task<InboxTurn> WithheldFileAsync(ZaloMessage message, ConversationReference origin, string key, CancellationToken ct)
    {
        var activity = await ActivityAsync(message, origin, string.Empty, [], ct) with { FileWithheld = true };
        return c => TurnAsync(activity, key, c);
    }

    private async Task<InboxTurn> UnreadableAsync(ZaloMessage message, ConversationReference origin, string key, CancellationToken ct)
    {
        var activity = await ActivityAsync(message, origin, string.Empty, [], ct);
        return async c => await ReplyAsync(origin, await bot.UnreadableReplyAsync(activity, NotReadable, c), key, c);
    }

    private async Task<InboxTurn?> PrepareTextAsync(ZaloMessage message, ConversationReference origin, string key, CancellationToken ct)
    {
        var text = message.Text ?? string.Empty;
        if (message.Chat.IsGroup)
        {
            // Zalo passes on only what mentions the bot or replies to it; the mention usually comes first, but
            // "Dạ @Bot QCDC em đang làm" names it too and is answered like any other mention.
            var mentioned = text.TrimStart().StartsWith('@') || text.Contains(" @", StringComparison.Ordinal);
            text = WithoutMention(text);
            var command = CommandLine.Parse(text);
            if (command is { HadSlash: true, Name: GroupCommands.LeadershipCommand })
            {
                return c => MakeLeadershipChatAsync(message, origin, key, c);
            }

            if (GroupCommands.IsDigest(text))
            {
                return await DigestInGroupAsync(message, origin, mentioned, key, ct);
            }

            if (!GroupCommands.Takes(text))
            {
                // A reply to one of the bot's messages without naming it is members talking among themselves.
                return mentioned ? c => ReplyAsync(origin, GroupCommands.PrivateOnlyReply, key, c) : null;
            }

            if (!mentioned)
            {
                // Unnamed, only a group command from an admin or a leader is for the bot, or a number answering the
                // question the bot asked that person in this group; anyone else, and a stray "1", is left in peace.
                var unnamed = await ActivityAsync(message, origin, text, [], ct);
                return async c =>
                {
                    if (await bot.AllowsAsync(unnamed, Access.AdminOrLeader, c) &&
                        (GroupCommands.Find(text) is not null || (await states.LoadAsync(unnamed, c)).Pending is not null))
                    {
                        await TurnAsync(unnamed, key, c);
                    }
                };
            }
        }
        else if (GroupCommands.Is(text, GroupCommands.LeadershipCommand))
        {
            return c => ReplyAsync(origin, "Lệnh /nhomlanhdao dùng trong nhóm Zalo của lãnh đạo: mời bot vào nhóm rồi gõ lệnh ở đó (nhắc tên bot).", key, c);
        }

        var activity = await ActivityAsync(message, origin, text, [], ct);
        return c => TurnAsync(activity, key, c);
    }

    /// <summary>
    /// /tonghop in a group: in a leadership group from a leader or an admin it is answered there (the core checks who
    /// asks when the bot is named); elsewhere a mention gets the short group line and anything unnamed is left alone.
    /// </summary>
    private async Task<InboxTurn> DigestInGroupAsync(ZaloMessage message, ConversationReference origin, bool mentioned, string key, CancellationToken ct)
    {
        // "tổng hợp" typed as words reaches the core as the command it reads as.
        var asked = await ActivityAsync(message, origin, "/tonghop", [], ct);
        return async c =>
        {
            if (!await leadershipGroups.IsLeadershipAsync(Channel, message.Chat.Id, c))
            {
                if (mentioned)
                {
                    await ReplyAsync(origin, GroupCommands.DigestOutsideLeadershipReply, key, c);
                }
            }
            else if (mentioned || await bot.AllowsAsync(asked, Access.AdminOrLeader, c))
            {
                await TurnAsync(asked, key, c);
            }
        };
    }

    private async Task<InboxTurn?> PrepareImageAsync(ZaloMessage message, ConversationReference origin, string key, CancellationToken ct)
    {
        if (message.Chat.IsGroup)
        {
            // Zalo passes on a group photo only when it names the bot: answered with the group line, as text is, never dropped in silence.
            return c => ReplyAsync(origin, GroupCommands.PrivateOnlyReply, key, c);
        }

        var activity = await ActivityAsync(message, origin, message.Caption ?? string.Empty, [], ct);
        if (!await bot.KnowsAsync(activity, ct))
        {
            // A stranger's photo is never kept, so it is not even fetched: the answer is how to register, whatever the
            // download would have done (a dead link, an oversized picture).
            return c => ReplyAsync(origin, Hints.FileFromStranger(botOptions.CurrentValue.Names), key, c);
        }

        if (!Uri.TryCreate(message.PhotoUrl, UriKind.Absolute, out var url) || url.Scheme is not ("https" or "http"))
        {
            return c => ReplyAsync(origin, "Ảnh vừa gửi không tải về được (Zalo không kèm đường dẫn ảnh). Xin gửi lại ảnh.", key, c);
        }

        var limit = botOptions.CurrentValue.MaxFileBytes;
        byte[] bytes;
        try
        {
            // Before the turn, outside its transaction: a slow download holds up only this chat.
            bytes = await client.DownloadAsync(url, limit, ct);
        }
        catch (ZaloFileTooLargeException ex)
        {
            return c => ReplyAsync(origin, TooLarge(ex.Size, limit), key, c);
        }
        catch (Exception ex) when (ex is ZaloApiException or ZaloUnavailableException)
        {
            // The client has already retried what may pass (5xx, 429, timeouts); a 404 or an outage that outlasts the
            // retries will not heal by handling the event again, so the sender is told and nothing is stored.
            logger.LogWarning("The photo of Zalo message {MessageId} could not be fetched ({Reason})", message.MessageId, ex.Message);
            return c => ReplyAsync(origin, PhotoNotFetched, key, c);
        }

        if (!FileContent.IsImage(bytes))
        {
            return c => ReplyAsync(origin, PhotoUnreadable, key, c);
        }

        // Zalo sends photos as JPEG but screenshots as PNG: the name and type follow the bytes.
        var name = FileContent.RealImageName($"anh-zalo-{message.MessageId}.jpg", bytes);
        var photo = new InboundAttachment(name, ContentTypes.For(name, null), bytes.LongLength, _ => Task.FromResult(bytes));
        var withPhoto = activity with { Attachments = [photo] };
        return c => TurnAsync(withPhoto, key, c);
    }

    /// <summary>
    /// The photo's size and a way under the cap. The upload page has the same cap, so it is offered only for a PDF made
    /// small enough, never as the place where the same photo would pass.
    /// </summary>
    internal static string TooLarge(long? size, long limit)
    {
        var weighs = size is { } bytes ? $"nặng {VietnameseWording.FileSize(bytes)}" : $"nặng hơn {VietnameseWording.FileSize(limit)}";
        return $"Ảnh vừa gửi {weighs}, quá giới hạn {VietnameseWording.FileSize(limit)} mỗi tệp (trang nộp tệp cũng cùng giới hạn này), nên bot chưa ghi nhận gì. " +
               $"Xin gửi lại ảnh nhỏ hơn (chụp lại ở cỡ ảnh thấp hơn, hoặc chụp màn hình trang giấy), hoặc chuyển thành PDF dưới {VietnameseWording.FileSize(limit)} rồi nộp qua trang nộp tệp (gõ /nopfile).";
    }

    private async Task MakeLeadershipChatAsync(ZaloMessage message, ConversationReference origin, string key, CancellationToken ct) =>
        await ReplyAsync(origin, await leadershipGroups.SetAsync(Channel, message.Chat.Id, null, message.FromId, ct), key, ct);

    private async Task TurnAsync(InboundActivity activity, string key, CancellationToken ct)
    {
        var result = await bot.OnTurnAsync(activity, ct);
        await outbox.EnqueueTurnAsync(activity, result, key, ct);
    }

    private Task ReplyAsync(ConversationReference to, string text, string key, CancellationToken ct) =>
        outbox.EnqueueAsync(to, new OutboundMessage(text), key + ":notice", ct);

    /// <summary>Zalo has no reply-to: the deadline the chat was last written to about stands in as the default.</summary>
    private async Task<InboundActivity> ActivityAsync(ZaloMessage message, ConversationReference origin, string text, IReadOnlyList<InboundAttachment> files, CancellationToken ct)
    {
        var told = message.Chat.IsGroup ? null : await links.LatestAsync(Channel, origin.ChatId, ct);
        return new(Channel, origin.ChatId, origin.UserId!, string.IsNullOrWhiteSpace(message.DisplayName) ? message.FromId : message.DisplayName, text, files,
            IsGroup: message.Chat.IsGroup,
            MessageId: message.MessageId,
            SentAt: message.Date > 0 ? DateTimeOffset.FromUnixTimeMilliseconds(message.Date) : null,
            DefaultDeadlineId: told?.DeadlineId,
            DefaultDeadlineAt: told?.At);
    }

    /// <summary>
    /// "@Bot QCDC /tinhhinh" → "/tinhhinh", "@Bot QCDC tình hình" → "tình hình": a display name may have spaces, so the
    /// command starts at the first slash, or else at the first word from which a group command (or a number answering
    /// the bot's question) reads.
    /// </summary>
    internal static string WithoutMention(string text)
    {
        var trimmed = text.TrimStart();
        if (!trimmed.StartsWith('@'))
        {
            return trimmed;
        }

        var slash = trimmed.IndexOf(" /", StringComparison.Ordinal);
        if (slash >= 0)
        {
            return trimmed[(slash + 1)..];
        }

        for (var space = trimmed.IndexOf(' ', StringComparison.Ordinal); space >= 0; space = trimmed.IndexOf(' ', space + 1))
        {
            var rest = trimmed[(space + 1)..].TrimStart();
            if (GroupCommands.Takes(rest) || GroupCommands.IsDigest(rest))
            {
                return rest;
            }
        }

        return trimmed;
    }
}
