namespace QcdcBot.Scheduling.Calendar;

/// <summary>Which day next to Quốc khánh (2/9) is the second statutory day off.</summary>
public enum NationalDayExtra
{
    /// <summary>1/9.</summary>
    DayBefore,

    /// <summary>3/9.</summary>
    DayAfter,
}
