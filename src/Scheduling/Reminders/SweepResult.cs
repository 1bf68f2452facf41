namespace QcdcBot.Scheduling.Reminders;

/// <summary>What one sweep did: reminders written, admin "unreachable" notices, older slots skipped, escalations.</summary>
internal sealed record SweepResult(int Reminded, int Unreachable, int Skipped, int Escalations);
