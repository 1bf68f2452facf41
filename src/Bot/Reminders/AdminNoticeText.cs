using System.Text;
using QcdcBot.Bot.Text;
using QcdcBot.Scheduling.Reminders;
using QcdcBot.Storage.Units;

namespace QcdcBot.Bot.Reminders;

/// <summary>
/// The admins' one message of a reminder sweep: a line per deadline with counts, the units named only when there are
/// few, and the command that lists them all (seventy names per deadline, every morning, buried what mattered).
/// </summary>
internal static class AdminNoticeText
{
    /// <summary>Up to this many units are named in the line; past it only counted.</summary>
    public const int NamedAtMost = 5;

    public static string For(AdminSweepNotice notice)
    {
        var text = new StringBuilder($"📋 Nhắc việc ngày {VietnameseWording.Date(notice.Today)}: Ban cần biết");
        foreach (var alert in notice.Deadlines)
        {
            var d = alert.Deadline;
            text.Append($"\n• #{d.Id} \"{d.Title}\" (hạn {VietnameseWording.Date(d.DueDate)}):");
            var parts = new List<string>();
            if (alert.Unreachable.Count > 0)
            {
                parts.Add($"⚠️ {alert.Unreachable.Count} đơn vị chưa có ai nhận được tin của bot nên không nhận được lời nhắc{Named(alert.Unreachable.Select(n => n.Unit).ToList())}");
            }

            if (alert.NewlyOverdue.Count > 0)
            {
                var units = alert.NewlyOverdue.Select(s => s.Unit).ToList();
                parts.Add(alert.NewlyOverdue.Count == alert.OverdueTotal
                    ? $"🚨 {alert.OverdueTotal} đơn vị vẫn chưa nộp sau lần nhắc cuối, bot thôi nhắc{Named(units)}"
                    : $"🚨 thêm {alert.NewlyOverdue.Count} đơn vị vẫn chưa nộp sau lần nhắc cuối{Named(units)} (nay {alert.OverdueTotal} đơn vị)");
            }

            text.Append(' ').Append(string.Join("; ", parts)).Append($". Xem: /chuanop #{d.Id}");
        }

        if (notice.Deadlines.Any(a => a.Unreachable.Count > 0))
        {
            text.Append("\nĐơn vị chưa có ai nhận tin: cấp mã đăng ký /madangky <mã>; /donvi xem ai đã đăng ký.");
        }

        if (notice.Deadlines.Any(a => a.NewlyOverdue.Count > 0))
        {
            text.Append("\nMỗi đơn vị quá hạn chỉ được báo một lần; /chuanop luôn có danh sách đầy đủ.");
        }

        return text.ToString();
    }

    private static string Named(IReadOnlyList<Unit> units) =>
        units.Count > NamedAtMost ? string.Empty : ": " + string.Join(", ", units.Select(u => $"{u.Name} ({u.Code})"));
}
