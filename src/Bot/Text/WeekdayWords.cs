namespace QcdcBot.Bot.Text;

/// <summary>A weekday as written after "thứ" (folded: "hai", "sau", or its number "2" … "7"); anything else is Sunday ("chủ nhật", "CN").</summary>
internal static class WeekdayWords
{
    public static DayOfWeek Of(string word) => word switch
    {
        "hai" or "2" => DayOfWeek.Monday,
        "ba" or "3" => DayOfWeek.Tuesday,
        "tu" or "4" => DayOfWeek.Wednesday,
        "nam" or "5" => DayOfWeek.Thursday,
        "sau" or "6" => DayOfWeek.Friday,
        "bay" or "7" => DayOfWeek.Saturday,
        _ => DayOfWeek.Sunday,
    };
}
