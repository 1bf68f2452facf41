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
    /// Tells the admins, in one message for the whole sweep, what needs them: per deadline, the units due a reminder
    /// with nobody to receive it, and the units newly past their last overdue reminder (a line each, with counts).
    /// </summary>
    Task<IReadOnlyList<OutboxItem>> ComposeAdminNoticeAsync(AdminSweepNotice notice, IReadOnlyList<Member> admins, CancellationToken ct);

    /// <summary>Tells admins that a message could not be delivered in time (the platform stayed unreachable), and to whom.</summary>
    Task<IReadOnlyList<OutboxItem>> ComposeUndeliveredAsync(OutboxMessage message, IReadOnlyList<Member> admins, string dedupeKey, CancellationToken ct);

    /// <summary>To whoever asked for a fan-out that a crash cut off: what had been done, and what was done on resuming.</summary>
    Task<IReadOnlyList<OutboxItem>> ComposeResumedAsync(ResumedFanout resumed, CancellationToken ct);
}
