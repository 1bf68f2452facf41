using Microsoft.Extensions.Logging;
using QcdcBot.Bot.Channels.Zalo.Api;
using QcdcBot.Bot.Conversation;
using QcdcBot.Bot.Web.Downloads;
using QcdcBot.Storage.Conversations;

namespace QcdcBot.Bot.Channels.Zalo;

/// <summary>
/// Sends the core's messages on Zalo: numbered options instead of buttons, 2000-character parts, every sent part
/// linked to the deadline it is about, options a person can answer by typing their number. Zalo's refusals become
/// channel-neutral ones for the dispatcher.
/// </summary>
internal sealed class ZaloAdapter(ZaloBotClient client, MessageLinkStore links, TypedChoices choices, DownloadLinks downloads, ILogger<ZaloAdapter> logger) : IChannelSender
{
    public const string ChannelName = "zalo";

    /// <summary>Zalo's 429 says nothing about how long to wait; the dispatcher slows the channel down this long.</summary>
    public static readonly TimeSpan QuotaWait = TimeSpan.FromSeconds(10);

    public string Channel => ChannelName;

    public bool IsStopped => client.IsStopped;

    public async Task<string?> SendAsync(ConversationReference to, OutboundMessage message, CancellationToken ct)
    {
        // Before it is sent: an answer typed the moment the message appears must find its options.
        await choices.RememberAsync(to, message, ct);
        var documentNote = message.Document is { } document
            ? await downloads.NoteAsync(to, document, "không gửi qua Zalo được (bot Zalo không gửi tệp)", ct)
            : null;
        var sent = new List<string>();
        try
        {
            foreach (var part in ZaloRenderer.Render(message, documentNote))
            {
                var result = await client.SendMessageAsync(to.ChatId, part, ct);
                sent.Add(result.MessageId);
            }
        }
        catch (ZaloApiException ex)
        {
            if (!ex.IsUnauthorized)
            {
                logger.LogWarning("Zalo chat {ChatId} not reached: {ErrorCode} {Description}", to.ChatId, ex.ErrorCode, ex.Description);
            }

            // A refused token is fixed by the office and a restart: keep the message for then. Zalo never says a person is gone.
            throw ChannelDeliveryException.FromPlatform(ex.ErrorCode, ex.IsTransient || ex.IsUnauthorized, unreachable: false, QuotaWait, ex);
        }
        catch (ZaloUnavailableException ex)
        {
            throw ChannelDeliveryException.Unavailable(ex);
        }
        finally
        {
            if (message.AboutDeadlineId is { } deadlineId)
            {
                foreach (var id in sent)
                {
                    await links.AddAsync(ChannelName, to.ChatId, id, deadlineId, CancellationToken.None);
                }
            }
        }

        return sent.FirstOrDefault();
    }
}
