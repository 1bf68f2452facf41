using QcdcBot.Storage.Delivery;
using QcdcBot.Storage.Members;

namespace QcdcBot.Scheduling.Reminders;

/// <summary>
/// Port: turns reminder facts into messages. Implemented by the Bot, which owns the wording and the body's JSON
/// shape; Scheduling never looks inside a body. Return one item per recipient (or none to send nothing).
/// Composing must not send anything itself: what is returned is written to the outbox together with the ledger row.
/// </summary>
internal interface IReminderComposer
{
    /// <summary>The reminder itself, to the unit's reachable bound members.</summary>
    Task<IReadOnlyList<OutboxItem>> ComposeReminderAsync(ReminderNotice notice, IReadOnlyList<Member> recipients, CancellationToken ct);

    /// <summary>
    /// Tells admins, in one message per sweep and deadline, which units due a reminder have no reachable bound member
    /// (in the first weeks that can be most of them: one message each would flood the admins).
    /// </summary>
    Task<IReadOnlyList<OutboxItem>> ComposeUnreachableAsync(IReadOnlyList<ReminderNotice> notices, IReadOnlyList<Member> admins, CancellationToken ct);

    /// <summary>Tells admins that a message could not be delivered in time (the platform stayed unreachable), and to whom.</summary>
    Task<IReadOnlyList<OutboxItem>> ComposeUndeliveredAsync(OutboxMessage message, IReadOnlyList<Member> admins, string dedupeKey, CancellationToken ct);

    /// <summary>The daily list of units still missing after their last overdue reminder.</summary>
    Task<IReadOnlyList<OutboxItem>> ComposeEscalationAsync(EscalationNotice notice, IReadOnlyList<Member> admins, CancellationToken ct);
}
