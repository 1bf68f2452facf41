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

    /// <summary>
    /// No year was written and this year's day passed recently, so the date was read as next year: "25/11" typed on
    /// 29/11 may well mean the overdue 25/11 of this year.
    /// </summary>
    RecentlyPassed,

    /// <summary>A day without a month said of the past ("nhận hôm 31") that this month has not reached (or lacks): the latest such day, in an earlier month.</summary>
    EarlierMonth,

    /// <summary>A received day said against the deadline's due date ("nhận ngày hạn", "trước hạn 1 ngày", "muộn 2 ngày").</summary>
    AgainstDueDate,

    /// <summary>A day that should already have happened (a received date) is after today.</summary>
    InTheFuture,

    /// <summary>A weekday written before the date ("trước thứ Sáu, 10/1/2027") that is not that date's.</summary>
    WeekdayMismatch,
}
