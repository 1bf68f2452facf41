namespace QcdcBot.Scheduling.Calendar;

/// <summary>One month of the lunar calendar located on the solar calendar.</summary>
internal sealed record LunarMonth(int Year, int Month, bool IsLeapMonth, DateOnly FirstDay, int Length)
{
    public bool Contains(DateOnly day) => day >= FirstDay && day < FirstDay.AddDays(Length);
}
