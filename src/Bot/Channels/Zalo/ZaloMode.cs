namespace QcdcBot.Bot.Channels.Zalo;

/// <summary>How events reach the bot; Zalo allows one at a time (getUpdates fails while a webhook is set).</summary>
public enum ZaloMode
{
    /// <summary>The bot asks getUpdates; no public address needed. Zalo calls it a development mode.</summary>
    Polling,

    /// <summary>Zalo posts each event to <c>Zalo:WebhookUrl</c> on the web front door (production).</summary>
    Webhook,
}
