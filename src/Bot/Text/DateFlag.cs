namespace QcdcBot.Bot.Text;

/// <summary>Reasons to ask the user to double-check a date that was read correctly but looks like a typo.</summary>
internal enum DateFlag
{
    /// <summary>A written year more than one year away from today's year.</summary>
    YearFarFromToday,

    /// <summary>Earlier than the date of the letter the deadline was taken from.</summary>
    BeforeDocumentDate,

    /// <summary>A written (not inferred) year puts the date before today.</summary>
    InThePast,

    /// <summary>A day that should already have happened (a received date) is after today.</summary>
    InTheFuture,
}
