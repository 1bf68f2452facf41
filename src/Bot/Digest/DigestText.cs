using System.Globalization;
using System.Text;
using QcdcBot.Bot.Conversation.Submissions;
using QcdcBot.Bot.Text;
using QcdcBot.Storage.Statuses;
using QcdcBot.Scheduling.Digests;
using QcdcBot.Scheduling.Tallies;

namespace QcdcBot.Bot.Digest;

/// <summary>
/// The weekly digest as leaders read it on a phone: one section per deadline (separated by a blank line, so a
/// long digest splits between deadlines), the change since the last digest from stored numbers, a text bar.
/// </summary>
internal static class DigestText
{
    /// <summary>Above this many (a few phone screens), a deadline's missing units are counted, not named; the province's 77 are named.</summary>
    public const int MaxNamedMissing = DigestBuilder.MaxNamedMissing;

    /// <summary>More deadlines than this in an office larger than <see cref="MaxNamedMissing"/> units: one summary, not a section each.</summary>
    public const int MaxSections = 10;

    /// <summary>A deadline due later than this is shown with the count of units owing, not their names.</summary>
    public const int NamedMissingWithinDays = 14;

    private const int WorstDeadlines = 5;
    private const int NextDeadlines = 3;

    /// <summary>
    /// Past this length /tonghop's reply is no longer read on a phone (and nears Telegram's 4,096 characters a message):
    /// the missing units are counted with the /chuanop that lists them, as at national size, and past it still,
    /// summarised. The weekly digest keeps every name and is sent in parts.
    /// </summary>
    public const int PhoneLength = 3_500;

    public static string Compose(DigestSnapshot now, DigestSnapshot? previous, bool listMissing, string organization, bool oneMessage = false)
    {
        if (now.Entries.Count > MaxSections && now.Entries.Any(e => e.InScope > MaxNamedMissing))
        {
            return Summary(now, previous, organization);
        }

        var named = Sections(now, previous, listMissing, organization, names: true);
        if (!oneMessage || named.Length <= PhoneLength)
        {
            return named;
        }

        var counted = Sections(now, previous, listMissing, organization, names: false);
        return counted.Length <= PhoneLength || !now.Entries.Any(e => !e.Closed) ? counted : Summary(now, previous, organization);
    }

    private static string Sections(DigestSnapshot now, DigestSnapshot? previous, bool listMissing, string organization, bool names)
    {
        var text = new StringBuilder($"📊 Tổng hợp QCDC {organization} — {VietnameseWording.DateWithWeekday(now.Today)}");
        if (now.Entries.Count == 0)
        {
            text.Append("\n\nKhông có việc nào đang mở.");
        }

        foreach (var e in now.Entries)
        {
            text.Append("\n\n").Append(Section(e, previous?.Entries.FirstOrDefault(p => p.DeadlineId == e.DeadlineId), now.Today, listMissing, names));
        }

        if (now.CancelledThisWeek is { Count: > 0 } cancelled)
        {
            text.Append("\n\n").Append($"Đã hủy trong tuần (không còn theo dõi): {string.Join("; ", cancelled)}.");
        }

        if (now.HabituallyLateTotal > 0)
        {
            text.Append("\n\n").Append(HabituallyLate(now));
        }

        return text.ToString();
    }

    /// <summary>
    /// "77 đơn vị có việc đang mở": the units given at least one open deadline, and, when that is not every unit, how
    /// many are not; no one deadline's count (one for the chi bộ only) passes for the office's.
    /// </summary>
    private static string UnitsCount(DigestSnapshot now, IReadOnlyList<DigestEntry> open)
    {
        if (now.UnitsWithOpenWork is not { } withWork || now.UnitsInAll is not { } inAll)
        {
            // An older stored snapshot: only each deadline's own count is known, so it is named as that.
            return $"việc giao nhiều đơn vị nhất: {Number(open.Max(e => e.InScope))} đơn vị";
        }

        return withWork == inAll
            ? $"{Number(withWork)} đơn vị có việc đang mở"
            : $"{Number(withWork)}/{Number(inAll)} đơn vị có việc đang mở ({Number(inAll - withWork)} đơn vị chưa được giao việc nào đang mở)";
    }

    /// <summary>
    /// The digest of a national-size office (thousands of units, dozens of deadlines) as one message a person reads:
    /// the totals, the deadlines past due with the most units missing, the next ones due, the units most often late,
    /// and where the detail is (/tinhhinh, /chuanop, the workbook, the office web page).
    /// </summary>
    public static string Summary(DigestSnapshot now, DigestSnapshot? previous, string organization)
    {
        var open = now.Entries.Where(e => !e.Closed).ToList();
        var closed = now.Entries.Count - open.Count;
        int Sum(Func<DigestEntry, int> of) => open.Sum(of);
        var text = new StringBuilder($"📊 Tổng hợp QCDC {organization} — {VietnameseWording.DateWithWeekday(now.Today)}");
        text.Append('\n').Append($"{open.Count} việc đang mở" + (closed > 0 ? $", {closed} việc kết thúc trong tuần" : string.Empty) + $" · {UnitsCount(now, open)}");
        var submitted = Sum(e => e.Submitted);
        var inScope = Sum(e => e.InScope);
        var done = open.Aggregate(default(Completion), (sum, e) => sum + e.Completion);
        text.Append('\n').Append(CompletionWording.Bar(done));
        text.Append('\n').Append(done.Excused == 0
            ? $"Đã nộp {Number(done.Done)}/{Number(inScope)} lượt ({CompletionWording.Percent(done)}) · {TotalChange(open, previous)}"
            : $"Đã xong {Number(done.Done)}/{Number(inScope)} lượt ({CompletionWording.Percent(done)}: {Number(submitted)} nộp, {Number(done.Excused)} được miễn) · {TotalChange(open, previous)}");
        text.Append('\n').Append($"Đúng hạn {Number(Sum(e => e.OnTime))} · trễ {Number(Sum(e => e.Late))}");
        if (Sum(e => e.Excused) is > 0 and var excused)
        {
            text.Append('\n').Append($"Được miễn (không có nội dung phát sinh): {Number(excused)}");
        }

        var waiting = Waiting(new DigestEntry(0, string.Empty, now.Today, false, inScope, submitted, 0, 0, Sum(e => e.Extended), Sum(e => e.InProgress), Sum(e => e.OnPaper),
            Sum(e => e.ViaIOffice), Sum(e => e.NothingToReport), Sum(e => e.Silent), [], 0, null, Sum(e => e.ExtensionPending), Sum(e => e.ByEmail))
            .WithOwedAfterRefusal(OwedAfterRefusal.Counted(r => Sum(e => e.OwedFor(r)))));
        if (waiting.Count > 0)
        {
            text.Append('\n').Append($"Chưa nộp: {string.Join(" · ", waiting)}");
        }

        var worst = open.Where(e => e.DueDate < now.Today && e.MissingTotal > 0)
            .OrderByDescending(e => e.MissingTotal).ThenBy(e => e.DueDate).Take(WorstDeadlines).ToList();
        if (worst.Count > 0)
        {
            text.Append("\n\n").Append("Quá hạn mà còn thiếu nhiều nhất:");
            foreach (var e in worst)
            {
                text.Append('\n').Append($"• {e.Title} — hạn {ShortDate(e.DueDate, now.Today)}, đã xong {CompletionWording.Percent(e.Completion)}, còn thiếu {Number(e.MissingTotal)}: /chuanop #{e.DeadlineId}");
            }
        }

        var next = open.Where(e => e.DueDate >= now.Today).OrderBy(e => e.DueDate).ThenBy(e => e.DeadlineId).Take(NextDeadlines).ToList();
        if (next.Count > 0)
        {
            text.Append("\n\n").Append("Sắp đến hạn:");
            foreach (var e in next)
            {
                text.Append('\n').Append($"• {e.Title} — hạn {ShortDate(e.DueDate, now.Today)} ({VietnameseWording.TimeLeft(e.DueDate, now.Today)}), đã xong {CompletionWording.Percent(e.Completion)}: /tinhhinh #{e.DeadlineId}");
            }
        }

        if (now.HabituallyLateTotal > 0)
        {
            text.Append("\n\n").Append(HabituallyLate(now));
        }

        text.Append("\n\n").Append("Chi tiết: /tinhhinh <việc> từng việc, /chuanop <việc> đơn vị còn thiếu, /xuat bảng Excel đầy đủ, /dangnhap trang theo dõi trên máy tính (/vanphong).");
        return text.ToString();
    }
    /// <summary>
    /// For admins when leaders see counts only (<c>Digest:ListMissingUnits = false</c>): the units still missing,
    /// one section per deadline that has any, headed by its #id as in the digest.
    /// </summary>
    public static string MissingLists(DigestSnapshot now)
    {
        var text = new StringBuilder($"📋 Đơn vị còn thiếu — {VietnameseWording.DateWithWeekday(now.Today)}");
        var any = false;
        foreach (var e in now.Entries)
        {
            // A closed deadline's units owe nothing any more: they are no "còn thiếu" (the digest names them apart).
            if (e.MissingTotal == 0 || e.Closed)
            {
                continue;
            }

            any = true;
            if (e.MissingTotal > MaxNamedMissing)
            {
                text.Append("\n\n").Append($"{Heading(e)}\nCòn thiếu {e.MissingTotal} đơn vị — xem danh sách: /chuanop #{e.DeadlineId}");
                continue;
            }

            text.Append("\n\n").Append($"{Heading(e)}\nCòn thiếu ({e.Missing.Count}):");
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

    /// <param name="names">False when the whole digest would be too long with every missing unit named: counts only.</param>
    public static string Section(DigestEntry e, DigestEntry? before, DateOnly today, bool listMissing, bool names = true)
    {
        var text = new StringBuilder();
        text.AppendLine(e.Letter is { } letter ? $"{Heading(e)} (theo {letter})" : Heading(e));
        var date = e.DueDate.Year == today.Year ? $"{e.DueDate.Day}/{e.DueDate.Month}" : VietnameseWording.Date(e.DueDate);
        // Nothing is overdue when every unit has handed in.
        text.AppendLine(e.Closed ? $"Hạn {date} — đã kết thúc"
            : e.Completion.Complete ? $"Hạn {date} — đã nộp đủ"
            : $"Hạn {date}, {VietnameseWording.TimeLeft(e.DueDate, today)}");
        text.AppendLine(CompletionWording.Bar(e.Completion));
        text.AppendLine($"{CompletionWording.Units(e.Completion)} · {Change(e, before)}");
        text.AppendLine($"Đúng hạn {e.OnTime} · trễ {e.Late}");
        if (e.Excused > 0)
        {
            text.AppendLine($"Được miễn (không có nội dung phát sinh): {e.Excused}");
        }
        var waiting = Waiting(e);
        if (waiting.Count > 0)
        {
            text.AppendLine($"Chưa nộp: {string.Join(" · ", waiting)}");
        }

        if (!listMissing || e.MissingTotal == 0)
        {
            return text.ToString().TrimEnd();
        }

        // A closed deadline is owed no more: its units that never handed in are named as such, never as "Còn thiếu"
        // (which reads as still owing, beside "không còn phải nộp" just above). Thousands of names are no message a
        // person reads, nor is owing news weeks before the due date: then the count, and where to see the list.
        var counted = e.MissingTotal > MaxNamedMissing || !names;
        var far = e.DueDate.DayNumber - today.DayNumber > NamedMissingWithinDays;
        var what = e.Closed ? EndedUnsubmitted : "Còn thiếu";
        text.AppendLine(counted || far
            ? $"{what}{(e.Closed ? ":" : string.Empty)} {e.MissingTotal} đơn vị{(far && !counted && !e.Closed ? " (hạn còn xa)" : string.Empty)} — xem danh sách: /chuanop #{e.DeadlineId}"
            : $"{what} ({e.MissingTotal}):");
        if (!counted && !far)
        {
            foreach (var name in e.Missing)
            {
                text.AppendLine($"• {name}");
            }
        }

        return text.ToString().TrimEnd();
    }

    /// <summary>The units of a closed deadline that never handed in: named apart from the ones that still owe.</summary>
    private const string EndedUnsubmitted = "Không nộp khi kết thúc";

    /// <summary>"#3 Kế hoạch …": a section is headed by the number commands take (/chuanop 3), never by its place in the list.</summary>
    private static string Heading(DigestEntry e) => $"#{e.DeadlineId} {e.Title}";

    /// <summary>"Hay chậm hoặc thiếu: A, B." — or, past the named ones, how many and the worst of them.</summary>
    private static string HabituallyLate(DigestSnapshot now) => now.HabituallyLateTotal > now.HabituallyLate.Count
        ? $"Hay chậm hoặc thiếu: {Number(now.HabituallyLateTotal)} đơn vị; nhiều nhất: {string.Join(", ", now.HabituallyLate)}."
        : $"Hay chậm hoặc thiếu: {string.Join(", ", now.HabituallyLate)}.";

    private static List<string> Waiting(DigestEntry e)
    {
        var waiting = new List<string>();
        Add(waiting, e.InProgress, StatusKeywords.CountLabel(StatusState.InProgress));
        Add(waiting, e.OnPaper, StatusKeywords.CountLabel(StatusState.SentOnPaper));
        Add(waiting, e.ViaIOffice, StatusKeywords.CountLabel(StatusState.SentViaIOffice));
        Add(waiting, e.ByEmail, StatusKeywords.CountLabel(StatusState.SentByEmail));
        Add(waiting, e.NothingToReport, StatusKeywords.CountLabel(StatusState.NothingToReport));
        Add(waiting, e.ExtensionPending, "xin gia hạn, chờ duyệt");
        // An extended unit counts here only while it has not handed in (then it is on time or late): it still owes,
        // as "Còn thiếu" says, so it is named with the others that owe, not beside the ones that handed in.
        Add(waiting, e.Extended, "được gia hạn");
        foreach (var (reason, count) in e.OwedAfterRefusal)
        {
            Add(waiting, count, Conversation.RefusalWording.For(reason).Label);
        }

        Add(waiting, e.Silent, Conversation.SilentWording.Label(e.Closed));
        return waiting;
    }

    /// <summary>The change in submissions since the last weekly digest, over the deadlines both have.</summary>
    private static string TotalChange(IReadOnlyList<DigestEntry> now, DigestSnapshot? previous)
    {
        var before = previous?.Entries.ToDictionary(e => e.DeadlineId);
        if (before is null)
        {
            return "lần đầu tổng hợp";
        }

        var change = now.Where(e => before.ContainsKey(e.DeadlineId)).Sum(e => e.Submitted - before[e.DeadlineId].Submitted);
        return change == 0 ? "không đổi so với tuần trước" : $"{(change > 0 ? "+" : "−")}{Number(Math.Abs(change))} so với tuần trước";
    }

    /// <summary>"12.345": Vietnamese groups thousands with a dot.</summary>
    private static string Number(int n) => n.ToString("#,0", CultureInfo.InvariantCulture).Replace(',', '.');

    private static string ShortDate(DateOnly date, DateOnly today) => date.Year == today.Year ? $"{date.Day}/{date.Month}" : VietnameseWording.Date(date);

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
