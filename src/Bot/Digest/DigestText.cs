using System.Text;
using QcdcBot.Bot.Conversation.Submissions;
using QcdcBot.Bot.Text;
using QcdcBot.Storage.Statuses;
using QcdcBot.Scheduling.Digests;

namespace QcdcBot.Bot.Digest;

/// <summary>
/// The weekly digest as leaders read it on a phone: one section per deadline (separated by a blank line, so a
/// long digest splits between deadlines), the change since the last digest from stored numbers, a text bar.
/// </summary>
internal static class DigestText
{
    /// <summary>Above this many (a few phone screens), a deadline's missing units are counted, not named; the province's 77 are named.</summary>
    public const int MaxNamedMissing = 300;

    public static string Compose(DigestSnapshot now, DigestSnapshot? previous, bool listMissing, string organization)
    {
        var text = new StringBuilder($"📊 Tổng hợp QCDC {organization} — {VietnameseWording.DateWithWeekday(now.Today)}");
        if (now.Entries.Count == 0)
        {
            text.Append("\n\nKhông có việc nào đang mở.");
        }

        for (var i = 0; i < now.Entries.Count; i++)
        {
            var e = now.Entries[i];
            text.Append("\n\n").Append(Section(i + 1, e, previous?.Entries.FirstOrDefault(p => p.DeadlineId == e.DeadlineId), now.Today, listMissing));
        }

        if (now.HabituallyLate.Count > 0)
        {
            text.Append("\n\n").Append($"Hay chậm hoặc thiếu: {string.Join(", ", now.HabituallyLate)}.");
        }

        return text.ToString();
    }

    /// <summary>
    /// For admins when leaders see counts only (<c>Digest:ListMissingUnits = false</c>): the units still missing,
    /// one section per deadline that has any, numbered as in the digest.
    /// </summary>
    public static string MissingLists(DigestSnapshot now)
    {
        var text = new StringBuilder($"📋 Đơn vị còn thiếu — {VietnameseWording.DateWithWeekday(now.Today)}");
        var any = false;
        for (var i = 0; i < now.Entries.Count; i++)
        {
            var e = now.Entries[i];
            if (e.Missing.Count == 0)
            {
                continue;
            }

            any = true;
            if (e.Missing.Count > MaxNamedMissing)
            {
                text.Append("\n\n").Append($"{i + 1}. {e.Title}\nCòn thiếu {e.Missing.Count} đơn vị — xem danh sách: /chuanop #{e.DeadlineId}");
                continue;
            }

            text.Append("\n\n").Append($"{i + 1}. {e.Title}\nCòn thiếu ({e.Missing.Count}):");
            foreach (var name in e.Missing)
            {
                text.Append("\n• ").Append(name);
            }
        }

        if (!any)
        {
            text.Append("\n\nKhông còn đơn vị nào thiếu.");
        }

        return text.ToString();
    }

    public static string Section(int number, DigestEntry e, DigestEntry? before, DateOnly today, bool listMissing)
    {
        var text = new StringBuilder();
        text.AppendLine(e.Letter is { } letter ? $"{number}. {e.Title} (theo {letter})" : $"{number}. {e.Title}");
        var date = e.DueDate.Year == today.Year ? $"{e.DueDate.Day}/{e.DueDate.Month}" : VietnameseWording.Date(e.DueDate);
        // Nothing is overdue when every unit has handed in.
        text.AppendLine(e.Closed ? $"Hạn {date} — đã kết thúc"
            : e.Submitted + e.Excused >= e.InScope && e.InScope > 0 ? $"Hạn {date} — đã nộp đủ"
            : $"Hạn {date}, {VietnameseWording.TimeLeft(e.DueDate, today)}");
        text.AppendLine($"{TextBar.Draw(e.Submitted, e.InScope)} {VietnameseWording.Percent(e.Submitted, e.InScope)}");
        text.AppendLine($"{VietnameseWording.Count(e.Submitted, e.InScope)} đơn vị đã nộp ({VietnameseWording.Percent(e.Submitted, e.InScope)}) · {Change(e, before)}");
        text.AppendLine($"Đúng hạn {e.OnTime} · trễ {e.Late} · gia hạn {e.Extended}");
        if (e.Excused > 0)
        {
            text.AppendLine($"Được miễn (không có nội dung phát sinh): {e.Excused}");
        }
        var waiting = new List<string>();
        Add(waiting, e.InProgress, StatusKeywords.CountLabel(StatusState.InProgress));
        Add(waiting, e.OnPaper, StatusKeywords.CountLabel(StatusState.SentOnPaper));
        Add(waiting, e.ViaIOffice, StatusKeywords.CountLabel(StatusState.SentViaIOffice));
        Add(waiting, e.ByEmail, StatusKeywords.CountLabel(StatusState.SentByEmail));
        Add(waiting, e.NothingToReport, StatusKeywords.CountLabel(StatusState.NothingToReport));
        Add(waiting, e.ExtensionPending, "xin gia hạn, chờ duyệt");
        Add(waiting, e.Silent, "chưa trả lời");
        if (waiting.Count > 0)
        {
            text.AppendLine($"Chưa nộp: {string.Join(" · ", waiting)}");
        }

        if (listMissing && e.Missing.Count > MaxNamedMissing)
        {
            // Thousands of names are no message a person reads: the count, and where to see the list.
            text.AppendLine($"Còn thiếu {e.Missing.Count} đơn vị — xem danh sách: /chuanop #{e.DeadlineId}");
        }
        else if (listMissing && e.Missing.Count > 0)
        {
            text.AppendLine($"Còn thiếu ({e.Missing.Count}):");
            foreach (var name in e.Missing)
            {
                text.AppendLine($"• {name}");
            }
        }

        return text.ToString().TrimEnd();
    }

    private static string Change(DigestEntry now, DigestEntry? before) => before switch
    {
        null => "lần đầu tổng hợp",
        _ when now.Submitted == before.Submitted => "không đổi so với tuần trước",
        _ => $"{(now.Submitted > before.Submitted ? "+" : "−")}{Math.Abs(now.Submitted - before.Submitted)} so với tuần trước",
    };

    private static void Add(List<string> parts, int count, string what)
    {
        if (count > 0)
        {
            parts.Add($"{count} {what}");
        }
    }
}
