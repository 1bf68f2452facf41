namespace QcdcBot.Scheduling.Reminders;

/// <summary>
/// Result of "send now": units reminded, units reported to admins as unreachable, and units that already had
/// today's manual reminder (a second /nhacngay the same day does nothing).
/// </summary>
internal sealed record ManualSendResult(int Reminded, int Unreachable, int AlreadySent, int Paused = 0);
