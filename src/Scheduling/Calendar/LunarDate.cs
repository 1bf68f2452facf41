namespace QcdcBot.Scheduling.Calendar;

/// <summary>A date of the Vietnamese lunisolar calendar (âm lịch).</summary>
/// <param name="Year">The lunar year; 1/1 of it is Tết, which falls in the solar year of the same number.</param>
/// <param name="Month">1..12; a leap month repeats the number of the month before it.</param>
/// <param name="Day">1..29 or 1..30 depending on the month.</param>
/// <param name="IsLeapMonth">True for the inserted (nhuận) month.</param>
internal sealed record LunarDate(int Year, int Month, int Day, bool IsLeapMonth);
