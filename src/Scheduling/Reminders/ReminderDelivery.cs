namespace QcdcBot.Scheduling.Reminders;

internal enum ReminderDelivery
{
    Reminded,

    /// <summary>The unit had no reachable member; admins were told instead.</summary>
    Unreachable,

    /// <summary>The ledger already had the slot: nothing was written.</summary>
    AlreadyRecorded,
}
