using System.Globalization;
using Humanizer;

namespace QcdcBot.Bot.Text;

/// <summary>
/// The exact Vietnamese words the bot uses for dates, counts and sizes. Humanizer (vi) says how long ago something
/// was; the rest is ours where Humanizer's Vietnamese does not fit the office (each says why).
/// </summary>
internal static class VietnameseWording
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    public static string Weekday(DayOfWeek day) => day switch
    {
        DayOfWeek.Monday => "Thứ Hai",
        DayOfWeek.Tuesday => "Thứ Ba",
        DayOfWeek.Wednesday => "Thứ Tư",
        DayOfWeek.Thursday => "Thứ Năm",
        DayOfWeek.Friday => "Thứ Sáu",
        DayOfWeek.Saturday => "Thứ Bảy",
        DayOfWeek.Sunday => "Chủ nhật",
        _ => throw new ArgumentOutOfRangeException(nameof(day), day, null),
    };

    /// <summary>"10/4/2024": day first, no leading zeros, as people write it.</summary>
    public static string Date(DateOnly d) => $"{d.Day}/{d.Month}/{d.Year}";

    /// <summary>"Thứ Tư, 10/4/2024".</summary>
    public static string DateWithWeekday(DateOnly d) => $"{Weekday(d.DayOfWeek)}, {Date(d)}";

    /// <summary>"hôm nay", "ngày mai", "còn N ngày", "quá hạn N ngày".</summary>
    /// <remarks>Ours: Humanizer says "9 ngày nữa" (an event, not time left) and rounds 9 days to "1 tuần", while a deadline is counted in days.</remarks>
    public static string TimeLeft(DateOnly due, DateOnly today)
    {
        var days = due.DayNumber - today.DayNumber;
        return days switch
        {
            0 => "hôm nay",
            1 => "ngày mai",
            > 1 => $"còn {days} ngày",
            _ => $"quá hạn {-days} ngày",
        };
    }

    /// <summary>"đúng hạn" when received on or before the due date, else "trễ N ngày".</summary>
    public static string Lateness(DateOnly due, DateOnly receivedLocalDate)
    {
        var late = receivedLocalDate.DayNumber - due.DayNumber;
        return late <= 0 ? "đúng hạn" : $"trễ {late} ngày";
    }

    /// <summary>"vừa xong", "5 phút trước", "3 ngày trước", "2 tuần trước": Humanizer's units, one of them, weeks at most.</summary>
    public static string Ago(TimeSpan elapsed) => elapsed < TimeSpan.FromMinutes(1)
        ? "vừa xong"
        : elapsed.Humanize(precision: 1, culture: Vietnamese, maxUnit: TimeUnit.Week, minUnit: TimeUnit.Minute) + " trước";

    /// <summary>"40/74".</summary>
    /// <remarks>Ours, as are counts of things ("3 đơn vị"): Humanizer's ToQuantity gives "5 đơn vịs" in Vietnamese.</remarks>
    public static string Count(int done, int total) => $"{done}/{total}";

    /// <summary>"54%", rounded half away from zero; "0%" when there is nothing to count.</summary>
    public static string Percent(int done, int total)
    {
        if (total <= 0)
        {
            return "0%";
        }

        // decimal keeps x.5 exact so the rounding rule is the one written, not a binary approximation.
        var percent = Math.Round(done * 100m / total, MidpointRounding.AwayFromZero);
        return $"{percent:0}%";
    }

    /// <summary>"40/74 (54%)".</summary>
    public static string CountWithPercent(int done, int total) => $"{Count(done, total)} ({Percent(done, total)})";

    /// <summary>
    /// "812 B", "15,3 KB", "1,2 MB": binary units (1 MB = 1024 × 1024 bytes), one decimal with a Vietnamese decimal
    /// comma. The one way a size or a size limit is written, in chat and on every page.
    /// </summary>
    public static string FileSize(long bytes)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(bytes);
        if (bytes < 1024)
        {
            return $"{bytes} B";
        }

        string[] units = ["KB", "MB", "GB", "TB"];
        var value = bytes / 1024m;
        var unit = 0;
        // Move up a unit when rounding would print "1024,0".
        while (Math.Round(value, 1, MidpointRounding.AwayFromZero) >= 1024 && unit < units.Length - 1)
        {
            value /= 1024;
            unit++;
        }

        var rounded = Math.Round(value, 1, MidpointRounding.AwayFromZero);
        return $"{rounded.ToString("0.0", CultureInfo.InvariantCulture).Replace('.', ',')} {units[unit]}";
    }

    /// <summary>"14:05 23/11/2026", from a time already converted to local (Asia/Ho_Chi_Minh) time.</summary>
    public static string Time(DateTimeOffset localTime) =>
        $"{localTime.Hour:00}:{localTime.Minute:00} {Date(DateOnly.FromDateTime(localTime.DateTime))}";
}
