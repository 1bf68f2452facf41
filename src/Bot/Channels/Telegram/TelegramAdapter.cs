using System.Globalization;
using Microsoft.Extensions.Logging;
using QcdcBot.Bot.Channels.Telegram.Api;
using QcdcBot.Bot.Conversation;
using QcdcBot.Bot.Text;
using QcdcBot.Bot.Web.Downloads;
using QcdcBot.Storage.Conversations;
using QcdcBot.Storage.Members;

namespace QcdcBot.Bot.Channels.Telegram;

/// <summary>
/// Sends the core's messages on Telegram: splits long text, turns choices into buttons, links every sent message
/// about a deadline to it (so a reply is tied to the deadline), and marks people who blocked the bot unreachable.
/// </summary>
internal sealed class TelegramAdapter(TelegramClient client, MessageLinkStore links, MemberStore members, DownloadLinks downloads, ILogger<TelegramAdapter> logger) : IChannelSender
{
    public const string ChannelName = "telegram";

    /// <summary>The largest file a Telegram bot may send; a larger one goes out as a download link.</summary>
    public const long MaxSendBytes = 50L * 1024 * 1024;

    public string Channel => ChannelName;

    /// <summary>The outbox's way out: the platform's answer in channel-neutral terms.</summary>
    async Task<string?> IChannelSender.SendAsync(ConversationReference to, OutboundMessage message, CancellationToken ct)
    {
        var sent = await ((IChannelSender)this).SendThenLinkAsync(to, message, ct);
        if (sent.Link is { } link)
        {
            await link(CancellationToken.None);
        }

        return sent.Id;
    }

    /// <summary>The outbox's way out; the link of what was sent to its deadline is left to the caller, to write after the send is done.</summary>
    async Task<ChannelSent> IChannelSender.SendThenLinkAsync(ConversationReference to, OutboundMessage message, CancellationToken ct)
    {
        long? replyTo = long.TryParse(message.ReplyToMessageId, NumberStyles.Integer, CultureInfo.InvariantCulture, out var id) ? id : null;
        var sent = new List<long>();
        try
        {
            await SendPartsAsync(to, message, replyTo, sent, ct);
        }
        catch (TelegramApiException ex)
        {
            await LinkAsync(to, message, sent);
            throw ChannelDeliveryException.FromPlatform(ex.ErrorCode, ex.IsTransient, ex.IsUnreachable, ex.RetryAfter, ex);
        }
        catch (TelegramUnavailableException ex)
        {
            await LinkAsync(to, message, sent);
            throw ChannelDeliveryException.Unavailable(ex);
        }

        return new ChannelSent(sent.Count == 0 ? null : sent[0].ToString(CultureInfo.InvariantCulture), message.AboutDeadlineId is null || sent.Count == 0 ? null : _ => LinkAsync(to, message, sent));
    }

    /// <summary>Sends <paramref name="message"/>, the first part as a reply to <paramref name="replyTo"/>; returns the ids of the sent messages.</summary>
    public async Task<IReadOnlyList<long>> SendAsync(ConversationReference to, OutboundMessage message, long? replyTo, CancellationToken ct)
    {
        var sent = new List<long>();
        try
        {
            await SendPartsAsync(to, message, replyTo, sent, ct);
        }
        finally
        {
            await LinkAsync(to, message, sent);
        }

        return sent;
    }

    /// <summary>Sends each part, adding its id to <paramref name="sent"/> as it goes (so the parts that left are known if a later one fails).</summary>
    private async Task SendPartsAsync(ConversationReference to, OutboundMessage message, long? replyTo, List<long> sent, CancellationToken ct)
    {
        var chatId = long.Parse(to.ChatId, CultureInfo.InvariantCulture);
        try
        {
            foreach (var part in TelegramRenderer.Render(message))
            {
                if (part.Html.Trim().Length == 0 && part.Keyboard is null)
                {
                    continue;
                }

                var result = await client.SendMessageAsync(chatId, part.Html, part.Keyboard?.ToMarkup(), sent.Count == 0 ? replyTo : null, ct);
                sent.Add(result.MessageId);
            }

            if (message.Document is { Bytes.LongLength: > MaxSendBytes } tooLarge)
            {
                var note = await downloads.NoteAsync(to, tooLarge, $"lớn hơn {VietnameseWording.FileSize(MaxSendBytes)}, quá giới hạn gửi tệp của bot Telegram", ct);
                var result = await client.SendMessageAsync(chatId, TelegramHtml.Escape(note), null, null, ct);
                sent.Add(result.MessageId);
            }
            else if (message.Document is { } document)
            {
                var result = await client.SendDocumentAsync(chatId, document.FileName, document.Bytes, ct);
                sent.Add(result.MessageId);
            }
        }
        catch (TelegramApiException ex) when (ex.IsUnreachable)
        {
            // The person blocked the bot or left: admins see it in /donvi.
            var userId = to.UserId ?? (chatId > 0 ? to.ChatId : null);
            if (userId is not null && chatId > 0)
            {
                await members.MarkUnreachableAsync(ChannelName, userId, ex.Description, ct);
            }

            logger.LogWarning("Telegram chat {ChatId} cannot be reached: {ErrorCode} {Description}", to.ChatId, ex.ErrorCode, ex.Description);
            throw;
        }
    }

    /// <summary>Links each sent part to the message's deadline, so a reply to any of them is about that deadline.</summary>
    private async Task LinkAsync(ConversationReference to, OutboundMessage message, List<long> sent)
    {
        if (message.AboutDeadlineId is { } deadlineId)
        {
            foreach (var id in sent)
            {
                await links.AddAsync(ChannelName, to.ChatId, id.ToString(CultureInfo.InvariantCulture), deadlineId, CancellationToken.None);
            }
        }
    }
}
