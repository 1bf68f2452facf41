namespace QcdcBot.Storage.Reminders;

/// <summary>How many reminders one unit was sent for one deadline, and when the last one was written.</summary>
internal sealed record SentReminders(long DeadlineId, long UnitId, int Count, DateTimeOffset LastSentAt);
