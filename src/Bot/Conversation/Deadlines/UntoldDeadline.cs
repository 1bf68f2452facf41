using QcdcBot.Storage.Conversations;

namespace QcdcBot.Bot.Conversation.Deadlines;

/// <summary>
/// A new deadline whose units have not been told yet: the office's question about its date (a day off) is still open,
/// in its own turn or put aside by a later message (see <see cref="DeferredNotice"/>). Nothing may be asked of a unit
/// about it until the notice with its settled date has gone out. Where the state keeps it: <see cref="HeldNotices"/>.
/// </summary>
internal sealed class UntoldDeadline(ConversationStateStore states)
{
    public Task<bool> IsAsync(long deadlineId, CancellationToken ct) => states.HoldsNoticeAsync(deadlineId, ct);

    /// <summary>Every deadline whose notice is held now.</summary>
    public Task<IReadOnlySet<long>> AllAsync(CancellationToken ct) => states.HeldNoticesAsync(ct);
}
