using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using QcdcBot.Bot.Channels.Telegram.Api;
using QcdcBot.Bot.Conversation;
using QcdcBot.Bot.Delivery;
using QcdcBot.Bot.Inbox;
using QcdcBot.Bot.Text;
using QcdcBot.Bot.Web.Upload;
using QcdcBot.Storage.Inbox;
using QcdcBot.Storage.Members;
using QcdcBot.Storage.Leadership;
using QcdcBot.Storage.Telegram;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace QcdcBot.Bot.Channels.Telegram;

/// <summary>
/// Handles one Telegram update (or the updates of one album) from the inbox: maps it to an <see cref="InboundActivity"/>
/// and does the network work (answering a button press, the chat action, downloading files) before the turn; the
/// turn it returns runs the conversation and queues the replies, in one transaction. Anything the bot does not
/// handle is ignored.
/// </summary>
internal sealed class TelegramUpdateHandler(
    ConversationBot bot,
    TelegramClient client,
    TelegramBotIdentity identity,
    LeadershipChatStore leadershipChats,
    LeadershipGroups leadershipGroups,
    MemberStore members,
    OutboxWriter outbox,
    AttachmentPrefetch prefetch,
    UploadLinks uploads,
    IOptionsMonitor<TelegramOptions> telegramOptions,
    IOptionsMonitor<BotOptions> botOptions,
    ILogger<TelegramUpdateHandler> logger) : IInboxHandler
{
    private const string Channel = TelegramAdapter.ChannelName;

    string IInboxHandler.Channel => Channel;

    public TimeSpan GroupWindow => telegramOptions.CurrentValue.AlbumWindow;

    public TimeSpan Retention => telegramOptions.CurrentValue.DedupeRetention;

    public Task<InboxTurn?> PrepareAsync(IReadOnlyList<InboxEvent> events, CancellationToken ct)
    {
        var updates = events.Select(e => TelegramUpdateInfo.Parse(e.Payload)).OfType<Update>().ToList();
        if (updates.Count < events.Count)
        {
            // Not what Telegram sends (a missing field, a date past year 9999…): nothing of it is applied.
            logger.LogWarning("Telegram update {UpdateId} could not be read and was skipped", events[0].EventId);
            return Task.FromResult<InboxTurn?>(events[0].ChatId is not { } chat ? null : c => ReplyAsync(new ConversationReference(Channel, chat, null),
                "Bot không đọc được tin nhắn vừa rồi (định dạng lạ) nên chưa ghi nhận gì. Xin gửi lại: tệp báo cáo gửi dạng tệp (.docx, .pdf…), lệnh gõ như /viec.",
                null, $"tg:{events[0].EventId}:unreadable", c));
        }

        return PrepareAsync(updates, ct);
    }

    public async Task<InboxTurn?> PrepareAsync(IReadOnlyList<Update> updates, CancellationToken ct)
    {
        var first = updates[0];
        // Every message sent for this update goes through the outbox keyed on the update: handling it again enqueues nothing new.
        var key = $"tg:{first.Id}";
        if (first.CallbackQuery is { } query)
        {
            return await PrepareCallbackAsync(query, key, ct);
        }

        if (first.MyChatMember is { } membership)
        {
            return c => HandleMembershipAsync(membership, key, c);
        }

        if (first.Message is not null)
        {
            return await PrepareMessagesAsync(updates.Select(u => u.Message).OfType<Message>().ToList(), key, ct);
        }

        logger.LogDebug("Telegram update {UpdateId} of a kind the bot does not handle was ignored", first.Id);
        return null;
    }

    private async Task<InboxTurn?> PrepareMessagesAsync(IReadOnlyList<Message> messages, string key, CancellationToken ct)
    {
        var message = messages[0];
        if (message.From is not { IsBot: false } from)
        {
            return null;
        }

        var text = messages.Select(m => m.Text ?? m.Caption).FirstOrDefault(t => !string.IsNullOrWhiteSpace(t)) ?? string.Empty;
        var files = TelegramAttachments.From(messages);
        if (text.Length == 0 && files.Count == 0)
        {
            return null; // stickers, voice, locations, service messages…
        }

        var chat = message.Chat;
        var origin = new ConversationReference(Channel, Id(chat.Id), Id(from.Id));
        long? replyTo = null;
        if (IsGroup(chat))
        {
            var me = await identity.GetAsync(ct);
            switch (GroupAddressing.Classify(message, text, me))
            {
                case GroupMessageKind.NotForUs:
                    return null;
                case GroupMessageKind.MakeLeadershipChat:
                    return c => MakeLeadershipChatAsync(chat, from, message.MessageId, key, c);
                case GroupMessageKind.PrivateOnly:
                    return c => ReplyAsync(origin, GroupCommands.PrivateOnlyReply, message.MessageId, key, c);
            }

            if (files.Count > 0)
            {
                return null;
            }

            replyTo = message.MessageId;
        }
        else if (CommandIs(text, GroupAddressing.LeadershipCommand))
        {
            return c => ReplyAsync(origin, "Lệnh /nhomlanhdao dùng trong nhóm Telegram của lãnh đạo: thêm bot vào nhóm rồi gõ lệnh ở đó.", null, key, c);
        }

        var limit = telegramOptions.CurrentValue.MaxDownloadBytes;
        if (files.FirstOrDefault(f => f.Size > limit) is { } tooBig)
        {
            if (uploads.Enabled && !IsGroup(chat) && tooBig.Size <= botOptions.CurrentValue.MaxFileBytes)
            {
                // The upload page takes what Telegram will not hand to a bot: the answer is /nopfile's, personal links included.
                var hint = new InboundActivity(Channel, origin.ChatId, origin.UserId!, DisplayName(from), "/nopfile " + text, [], MessageId: Id(message.MessageId));
                return async c =>
                {
                    await ReplyAsync(origin, $"Tệp \"{tooBig.Name}\" ({VietnameseWording.FileSize(tooBig.Size!.Value)}) quá lớn để gửi qua Telegram: {TooLarge(limit)}Xin nộp qua trang nộp tệp:", replyTo, key, c);
                    await TurnAsync(hint, replyTo, key, c);
                };
            }

            return c => ReplyAsync(origin,
                $"Tệp \"{tooBig.Name}\" ({VietnameseWording.FileSize(tooBig.Size!.Value)}) quá lớn: {TooLarge(limit)}" +
                $"Xin nén hoặc chia nhỏ tệp rồi gửi lại, hoặc gửi bản giấy/email cho {botOptions.CurrentValue.OfficeName} để được ghi nhận.", replyTo, key, c);
        }

        if (files.Count > 0)
        {
            await TryTypingAsync(chat.Id, ct);
        }

        var activity = new InboundActivity(Channel, origin.ChatId, origin.UserId!, DisplayName(from), text,
            files.Select(f => TelegramAttachments.ToInbound(f, client, limit)).ToList(),
            ReplyToMessageId: message.ReplyToMessage is { } original ? Id(original.MessageId) : null,
            IsGroup: IsGroup(chat),
            MessageId: Id(message.MessageId),
            SentAt: message.Date > DateTime.UnixEpoch ? new DateTimeOffset(DateTime.SpecifyKind(message.Date, DateTimeKind.Utc)) : null);
        activity = await prefetch.PrefetchAsync(activity, ct);
        return c => TurnAsync(activity, replyTo, key, c);
    }

    private async Task<InboxTurn?> PrepareCallbackAsync(CallbackQuery query, string key, CancellationToken ct)
    {
        var payload = CallbackData.Decode(query.Data);
        if (payload is null || query.Message is not { } message)
        {
            await AnswerQuietlyAsync(query.Id, "Nút này đã cũ hoặc không hợp lệ. Xin gửi lại yêu cầu.", ct);
            return null;
        }

        // Telegram refuses an answer that comes too late (after a restart, behind a slow upload); the press still counts.
        await AnswerQuietlyAsync(query.Id, null, ct);
        await MarkChosenAsync(message, query.Data!, ct);
        var activity = new InboundActivity(Channel, Id(message.Chat.Id), Id(query.From.Id), DisplayName(query.From), string.Empty, [],
            ReplyToMessageId: Id(message.MessageId), ButtonPayload: payload, IsGroup: IsGroup(message.Chat), MessageId: Id(message.MessageId));
        return c => TurnAsync(activity, null, key, c);
    }

    /// <summary>The pressed button's message loses its buttons and says what was chosen, so it cannot be pressed twice.</summary>
    private async Task MarkChosenAsync(Message message, string data, CancellationToken ct)
    {
        var label = message.ReplyMarkup?.InlineKeyboard.SelectMany(row => row).FirstOrDefault(b => b.CallbackData == data)?.Text;
        try
        {
            if (message.Text is { } text && label is not null)
            {
                await client.EditMessageTextAsync(message.Chat.Id, message.MessageId, TelegramHtml.Escape(text) + "\n\n✓ " + TelegramHtml.Escape(label), ct);
            }
            else
            {
                await client.RemoveButtonsAsync(message.Chat.Id, message.MessageId, ct);
            }
        }
        catch (Exception ex) when (ex is TelegramApiException or TelegramUnavailableException)
        {
            // E.g. "message is not modified" or a message too old to edit: the choice itself still counts.
            logger.LogInformation("Could not update the buttons of Telegram message {MessageId}: {Reason}", message.MessageId, ex.Message);
        }
    }

    private async Task HandleMembershipAsync(ChatMemberUpdated change, string key, CancellationToken ct)
    {
        var chatId = Id(change.Chat.Id);
        if (!IsGroup(change.Chat))
        {
            if (change.NewChatMember.Status == ChatMemberStatus.Kicked)
            {
                await members.MarkUnreachableAsync(Channel, Id(change.From.Id), "blocked the bot", ct);
                logger.LogInformation("Telegram user {UserId} blocked the bot", change.From.Id);
            }

            return;
        }

        if (change.NewChatMember.IsInChat && !change.OldChatMember.IsInChat)
        {
            logger.LogInformation("The bot was added to Telegram group {ChatId} by {UserId}", chatId, change.From.Id);
            await ReplyAsync(new ConversationReference(Channel, chatId, null),
                $"Xin chào! Đây là bot nhận báo cáo Quy chế dân chủ ở cơ sở của {botOptions.CurrentValue.OrganizationName}. Trong nhóm, bot trả lời /tinhhinh, /chuanop, /hanchot, /trogiup cho lãnh đạo và {botOptions.CurrentValue.OfficeName}.\n" +
                $"{botOptions.CurrentValue.OfficeName} gõ /nhomlanhdao trong nhóm này để đặt đây là nhóm lãnh đạo.", null, key, ct);
        }
        else if (!change.NewChatMember.IsInChat && change.OldChatMember.IsInChat)
        {
            var wasLeadership = await leadershipChats.RemoveAsync(Channel, chatId, "bot removed from the group", ct);
            logger.LogInformation("The bot was removed from Telegram group {ChatId} (leadership chat: {WasLeadership})", chatId, wasLeadership);
        }
    }

    private async Task MakeLeadershipChatAsync(Chat chat, User from, long messageId, string key, CancellationToken ct)
    {
        var origin = new ConversationReference(Channel, Id(chat.Id), Id(from.Id));
        await ReplyAsync(origin, await leadershipGroups.SetAsync(Channel, Id(chat.Id), chat.Title, Id(from.Id), ct), messageId, key, ct);
    }

    private async Task TurnAsync(InboundActivity activity, long? replyTo, string key, CancellationToken ct)
    {
        var result = await bot.OnTurnAsync(activity, ct);
        if (replyTo is { } id)
        {
            // In a group the answers thread under the command they answer.
            var threaded = result.Replies.Select(r => r with { ReplyToMessageId = Id(id) }).ToList();
            result = result with { Replies = threaded };
        }

        await outbox.EnqueueTurnAsync(activity, result, key, ct);
    }

    private Task ReplyAsync(ConversationReference to, string text, long? replyTo, string key, CancellationToken ct) =>
        outbox.EnqueueAsync(to, new OutboundMessage(text) { ReplyToMessageId = replyTo is { } id ? Id(id) : null }, key + ":notice", ct);

    private async Task AnswerQuietlyAsync(string queryId, string? text, CancellationToken ct)
    {
        try
        {
            await client.AnswerCallbackQueryAsync(queryId, text, ct);
        }
        catch (Exception ex) when (ex is TelegramApiException or TelegramUnavailableException)
        {
            logger.LogInformation("Callback query not answered: {Reason}", ex.Message);
        }
    }

    private async Task TryTypingAsync(long chatId, CancellationToken ct)
    {
        try
        {
            await client.SendTypingAsync(chatId, ct);
        }
        catch (Exception ex) when (ex is TelegramApiException or TelegramUnavailableException)
        {
            logger.LogDebug("Chat action not sent: {Reason}", ex.Message);
        }
    }

    private static bool CommandIs(string text, string name) => Conversation.Routing.CommandLine.Parse(text) is { HadSlash: true } command && command.Name == name;

    private static string DisplayName(User user)
    {
        var name = string.Join(' ', new[] { user.FirstName, user.LastName }.Where(n => !string.IsNullOrWhiteSpace(n))).Trim();
        return name.Length > 0 ? name : user.Username is { Length: > 0 } username ? "@" + username : Id(user.Id);
    }

    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);

    private static bool IsGroup(Chat chat) => chat.Type is ChatType.Group or ChatType.Supergroup;

    private static string TooLarge(long limit) => $"Telegram chỉ cho bot nhận tệp tối đa {VietnameseWording.FileSize(limit)}. ";
}
