using System.Globalization;
using QcdcBot.Storage.Deadlines;

namespace QcdcBot.Bot.Exports;

/// <summary>Names of the documents sent: the deadline's number and the office date, never free text from users.</summary>
internal static class ExportFileNames
{
    public static string Workbook(IReadOnlyList<Deadline> deadlines, DateOnly today) => deadlines.Count == 1
        ? string.Create(CultureInfo.InvariantCulture, $"Tình hình nộp - việc {deadlines[0].Id} - {today:yyyy-MM-dd}.xlsx")
        : string.Create(CultureInfo.InvariantCulture, $"Tình hình nộp - tất cả các việc - {today:yyyy-MM-dd}.xlsx");

    public static string Archive(Deadline deadline, int part, int parts) => parts == 1
        ? string.Create(CultureInfo.InvariantCulture, $"Tệp đã nộp - việc {deadline.Id}.zip")
        : string.Create(CultureInfo.InvariantCulture, $"Tệp đã nộp - việc {deadline.Id} - phần {part} trên {parts}.zip");
}
