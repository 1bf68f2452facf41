using Microsoft.Extensions.Logging;
using QcdcBot.Bot.Conversation.Commands;

namespace QcdcBot.Bot.Channels.Telegram;

/// <summary>An invite code as a one-tap Telegram deep link: opening it sends "/start CODE" to the bot.</summary>
internal sealed class TelegramInviteLinkProvider(TelegramBotIdentity identity, ILogger<TelegramInviteLinkProvider> logger) : IInviteLinkProvider
{
    public async Task<InviteLink?> LinkAsync(string code, CancellationToken ct)
    {
        try
        {
            var me = await identity.GetAsync(ct);
            return me.Username is { Length: > 0 } username ? new InviteLink("Telegram", $"https://t.me/{username}?start={Uri.EscapeDataString(code)}", CarriesCode: true) : null;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning(ex, "No Telegram invite link: the bot's username is unknown");
            return null;
        }
    }
}
