namespace QcdcBot.Scheduling.Reminders;

/// <summary>
/// What one sweep did: reminders written, admin "unreachable" notices, older slots skipped, escalations, and
/// deadlines whose processing failed part-way (logged; the next sweep continues from the ledger).
/// </summary>
internal sealed record SweepResult(int Reminded, int Unreachable, int Skipped, int Escalations, int FailedDeadlines);
