namespace QcdcBot.Scheduling.Reminders;

/// <summary>Everything one sweep tells the admins, composed as one message (one per deadline flooded them).</summary>
internal sealed record AdminSweepNotice(DateOnly Today, IReadOnlyList<DeadlineAlert> Deadlines);
