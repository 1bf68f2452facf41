namespace QcdcBot.Bot.Web.Office.Overview;

/// <summary>Where one unit stands on one deadline, as the office page shows it (each with a symbol and a colour).</summary>
internal enum CellKind
{
    OnTime,
    Late,
    Extended,
    InProgress,
    SentOutside,
    ExcuseAccepted,
    ExcusePending,

    /// <summary>Asked for an extension the office has not answered.</summary>
    ExtensionPending,
    ExcuseRefused,
    Silent,

    /// <summary>Silent, and nobody bound to the unit can be reached: reminders reach no one.</summary>
    Unreachable,

    /// <summary>Never handed in on a deadline that ended (closed or cancelled): owes nothing any more.</summary>
    Ended,
}
