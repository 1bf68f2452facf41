using QcdcBot.Bot.Conversation;

namespace QcdcBot.Bot.Inbox.Flood;

internal enum FloodAction
{
    /// <summary>Within the cap: handled and answered as usual.</summary>
    Handle,

    /// <summary>A known account over the cap: handled (files and statuses stored), its answers held back.</summary>
    HandleQuietly,

    /// <summary>A stranger over a cap: not handled at all.</summary>
    Ignore,
}

/// <summary>What to do with one event, and the one notice (with its audit line) the account gets for this window.</summary>
internal sealed record FloodVerdict(FloodAction Action, string Account, ConversationReference? NoticeTo = null, string? Notice = null, string? AuditDetails = null)
{
    public static FloodVerdict Handle(string account) => new(FloodAction.Handle, account);
}
