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

            // A unit reminded in this same sweep (the last overdue reminder goes out as the escalation falls due) holds
            // that reminder as it is read: "still not handed in after the last reminder" would contradict it.
            var now = alert.NewlyOverdue.Where(s => alert.RemindedNow.Contains(s.Unit.Id)).Select(s => s.Unit).ToList();
            var after = alert.NewlyOverdue.Where(s => !alert.RemindedNow.Contains(s.Unit.Id)).Select(s => s.Unit).ToList();
            var earlier = alert.OverdueTotal - alert.NewlyOverdue.Count;
            if (after.Count > 0)
            {
                parts.Add(earlier == 0
                    ? $"🚨 {after.Count} đơn vị vẫn chưa nộp sau lần nhắc cuối, bot thôi nhắc{Named(after)}"
                    : $"🚨 thêm {after.Count} đơn vị vẫn chưa nộp sau lần nhắc cuối{Named(after)}");
            }

            if (now.Count > 0)
            {
                parts.Add($"🚨 {(earlier > 0 || after.Count > 0 ? "thêm " : string.Empty)}{now.Count} đơn vị vẫn chưa nộp, hôm nay nhận lời nhắc cuối cùng, từ nay bot thôi nhắc{Named(now)}");
            }

            if (earlier > 0 && alert.NewlyOverdue.Count > 0)
            {
                parts[^1] += $" (nay {alert.OverdueTotal} đơn vị)";
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
