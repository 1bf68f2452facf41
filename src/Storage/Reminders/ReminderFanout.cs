namespace QcdcBot.Storage.Reminders;

/// <summary>A fan-out begun and not yet finished: <see cref="ReminderFanoutStore.SweepSlot"/> for a sweep, else a manual slot.</summary>
internal sealed record ReminderFanout(long Id, long DeadlineId, string Slot, FanoutRequester? Requester, DateTimeOffset StartedAt);

/// <summary>Who asked for a manual fan-out, so the answer about its resumption reaches them.</summary>
internal sealed record FanoutRequester(string Channel, string ChatId, string? UserId);
