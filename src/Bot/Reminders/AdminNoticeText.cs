using System.Text;
using QcdcBot.Bot.Conversation.Submissions;
using QcdcBot.Bot.Text;
using QcdcBot.Scheduling.Calendar;
using QcdcBot.Scheduling.Reminders;
using QcdcBot.Scheduling.Tallies;
using QcdcBot.Storage.Deadlines;
using QcdcBot.Storage.Statuses;
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

    /// <summary>Up to this many waiting requests of a deadline get a line each; past it only counted.</summary>
    public const int WaitingNamedAtMost = 10;

    public static string For(AdminSweepNotice notice, OfficeClock clock)
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

            // A unit no reminder reached is not silent "after the last reminder": it is counted apart, as overdue unreminded.
            var unreached = alert.NewlyOverdue.Where(s => alert.Unreached.Contains(s.Unit.Id)).Select(s => s.Unit).ToList();
            if (unreached.Count > 0)
            {
                parts.Add($"🚨 {unreached.Count} đơn vị đã quá hạn mà bot không nhắc được (chưa có ai nhận tin){Named(unreached)}");
            }

            // A unit reminded in this same sweep (the last overdue reminder goes out as the escalation falls due) holds
            // that reminder as it is read: "still not handed in after the last reminder" would contradict it.
            var reached = alert.NewlyOverdue.Where(s => !alert.Unreached.Contains(s.Unit.Id)).ToList();
            var now = reached.Where(s => alert.RemindedNow.Contains(s.Unit.Id)).Select(s => s.Unit).ToList();
            var after = reached.Where(s => !alert.RemindedNow.Contains(s.Unit.Id)).Select(s => s.Unit).ToList();
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

            if (alert.Waiting.Count > 0)
            {
                parts.Add($"⏳ {alert.Waiting.Count} đề nghị/báo của đơn vị đang chờ Ban trả lời");
            }

            text.Append(' ').Append(string.Join("; ", parts)).Append($". Xem: /chuanop #{d.Id}");
            foreach (var standing in alert.Waiting.OrderBy(s => ReminderSweep.WaitingSince(s)).Take(WaitingNamedAtMost))
            {
                text.Append("\n  – ").Append(WaitingLine(standing, d, notice.Today, clock));
            }

            if (alert.Waiting.Count > WaitingNamedAtMost)
            {
                text.Append($"\n  – … và {alert.Waiting.Count - WaitingNamedAtMost} đề nghị/báo khác (/duyet, /chapnhan không kèm số liệt kê tất cả)");
            }
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

    /// <summary>
    /// "TTRA xin gia hạn đến 28/12/2026, đã chờ 7 ngày: /duyet 2 hoặc /tuchoi 2 <lý do>": who waits, for what, how long,
    /// and the command that answers it.
    /// </summary>
    private static string WaitingLine(UnitStanding s, Deadline d, DateOnly today, OfficeClock clock)
    {
        var days = today.DayNumber - clock.LocalDate(ReminderSweep.WaitingSince(s)!.Value).DayNumber;
        var unit = $"{s.Unit.Name} ({s.Unit.Code})";
        var waited = $"đã chờ {days} ngày";
        return s.PendingExtension is { } request && s.Bucket == StandingBucket.ExtensionPending
            ? $"{unit} xin gia hạn đến {VietnameseWording.Date(request.RequestedDate)}, {waited}: /duyet {request.Id} hoặc /tuchoi {request.Id} <lý do>"
            : s.Status!.State == StatusState.NothingToReport
                ? $"{unit} báo không có nội dung phát sinh, {waited}: /chapnhan {s.Status.Id} hoặc /khongchapnhan {s.Status.Id} <lý do>"
                : $"{unit} báo {StatusKeywords.Describe(s.Status.State, s.Status.Reference)}, {waited}: khi đã nhận /ghinhan {s.Unit.Code} #{d.Id}, nếu không nhận được /chuanhan {s.Unit.Code} #{d.Id}";
    }

    private static string Named(IReadOnlyList<Unit> units) =>
        units.Count > NamedAtMost ? string.Empty : ": " + string.Join(", ", units.Select(u => $"{u.Name} ({u.Code})"));
}
