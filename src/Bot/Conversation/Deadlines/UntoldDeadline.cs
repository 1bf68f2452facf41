using QcdcBot.Storage.Conversations;

namespace QcdcBot.Bot.Conversation.Deadlines;

/// <summary>
/// A new deadline whose units have not been told yet: the office's question about its date (a day off) is still open,
/// in its own turn or put aside by a later message (see <see cref="DeferredNotice"/>). Nothing may be asked of a unit
/// about it until the notice with its settled date has gone out.
/// </summary>
internal sealed class UntoldDeadline(ConversationStateStore states)
{
    // Where a held notice sits in a conversation's JSON state (camelCase, as the state accessor writes it).
    private static readonly string[] Paths = ["$.pending.announceDeadlineId", "$.displaced.announceDeadlineId"];

    public Task<bool> IsAsync(long deadlineId, CancellationToken ct) => states.AnyHoldsAsync(Paths, deadlineId, ct);

    /// <summary>Every deadline whose notice is held now.</summary>
    public Task<IReadOnlySet<long>> AllAsync(CancellationToken ct) => states.HeldAsync(Paths, ct);
}
