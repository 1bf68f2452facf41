namespace QcdcBot.Scheduling.Calendar;

/// <summary>The names users see; Vietnamese, as in official announcements.</summary>
internal static class HolidayNames
{
    public const string NewYear = "Tết Dương lịch";
    public const string LunarNewYear = "Tết Nguyên đán";
    public const string HungKings = "Giỗ Tổ Hùng Vương";
    public const string ReunificationDay = "Ngày Giải phóng miền Nam";
    public const string LabourDay = "Ngày Quốc tế Lao động";
    public const string NationalDay = "Quốc khánh";

    /// <summary>An announced day off compensating for a holiday that fell on a weekend.</summary>
    public const string Compensatory = "Nghỉ bù";

    /// <summary>Any other announced day off (bridge day, swap).</summary>
    public const string Announced = "Nghỉ theo thông báo";
}
