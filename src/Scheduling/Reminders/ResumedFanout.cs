using QcdcBot.Storage.Deadlines;
using QcdcBot.Storage.Reminders;

namespace QcdcBot.Scheduling.Reminders;

/// <summary>
/// A manual fan-out finished after a crash: <see cref="RemindedBefore"/> units had their reminder before the cut,
/// <see cref="Resumed"/> is what resuming did (null when the deadline was no longer open, so nothing more was sent).
/// </summary>
internal sealed record ResumedFanout(ReminderFanout Fanout, FanoutRequester Requester, Deadline? Deadline, int RemindedBefore, ManualSendResult? Resumed);
