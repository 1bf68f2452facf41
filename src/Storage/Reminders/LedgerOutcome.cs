namespace QcdcBot.Storage.Reminders;

internal enum LedgerOutcome
{
    /// <summary>Messages for the slot were put in the outbox.</summary>
    Sent,

    /// <summary>Passed over on purpose (e.g. missed during downtime and superseded by a later slot); never sent later.</summary>
    Skipped,
}
