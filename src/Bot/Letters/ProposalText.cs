using System.Text;
using QcdcBot.Bot.Text;
using QcdcBot.Scheduling.Calendar;
using QcdcBot.Storage.Deadlines;
using QcdcBot.Storage.Units;

namespace QcdcBot.Bot.Letters;

/// <summary>The proposal as the admin reads it: the letter, each deadline numbered with its sentence, and what to answer.</summary>
internal static class ProposalText
{
    /// <summary>What to answer, with examples on the proposal's own items and a date still ahead.</summary>
    /// <param name="someCreated">Items of the letter were created already: "Chưa tạo việc nào" would be untrue.</param>
    public static string HowToAnswer(IReadOnlyList<DraftDeadline> items, DateOnly today, WorkingDayCalendar calendar, bool someCreated = false)
    {
        var first = items[0].Number;
        var create = items.Count > 1 ? $"\"tạo {first},{items[1].Number}\"" : $"\"tạo {first}\"";
        return $"Trả lời \"tạo tất cả\" hoặc {create} để giao việc; sửa trước khi tạo: \"sửa {first} trước {ExampleDate(items[0], today, calendar)}\", " +
               $"\"sửa {first} tên <tên mới>\", \"sửa {first} cho NHNN, SYT\"; \"hủy\" để bỏ. " + (someCreated ? "Các mục còn chờ chưa được tạo." : "Chưa tạo việc nào.");
    }

    /// <summary>
    /// A date for an example: the item's own when it is still ahead, else a month from today; always a working day (an
    /// example the bot then warns about, "sửa 1 trước 1/1/2027", teaches the wrong thing).
    /// </summary>
    public static string ExampleDate(DraftDeadline item, DateOnly today, WorkingDayCalendar calendar)
    {
        var day = item.Due is { } due && due > today ? due : today.AddMonths(1);
        var before = calendar.PreviousWorkingDayOnOrBefore(day);
        if (before > today)
        {
            return VietnameseWording.Date(before);
        }

        while (!calendar.IsWorkingDay(day))
        {
            day = day.AddDays(1);
        }

        return VietnameseWording.Date(day);
    }

    /// <param name="commandLine">For <c>congvan</c> on the command line: its flags instead of the chat's answers.</param>
    public static string Render(LetterDraft draft, IReadOnlyList<Unit> allUnits, DateOnly today, WorkingDayCalendar calendar, bool commandLine = false, bool creating = false, bool allowPast = false)
    {
        var text = new StringBuilder(draft.Header.Describe());
        if (draft.LetterDate is { } dated && dated > today && draft.DateNote is null)
        {
            text.Append($"\n⚠️ Ngày văn bản {VietnameseWording.Date(dated)} sau hôm nay ({VietnameseWording.Date(today)}); kiểm tra lại ngày trên văn bản.");
        }

        if (draft.DateNote is { } wrongYear)
        {
            text.Append("\n⚠️ ").Append(wrongYear);
        }

        if (draft.AlreadyCreated.Count > 0)
        {
            text.Append($"\n⚠️ {draft.Header.Reference} đã tạo việc {string.Join(", ", draft.AlreadyCreated.Select(id => $"#{id}"))} trước đây; tạo lại sẽ trùng.");
        }

        if (draft.Items.Count == 0)
        {
            text.Append("\nKhông thấy hạn nộp nào cho các đơn vị trong văn bản này (ngày của văn bản khác, thời kỳ \"từ ngày … đến ngày …\" và số liệu \"tính đến ngày …\" không phải hạn nộp).");
            AppendSkipped(text, draft);
            // After a "Bỏ qua" line, which ends without a full stop ("… giao bằng /giao"), on a line of its own.
            return text.Append(draft.Skipped.Count > 0 ? "\nChưa tạo việc nào." : " Chưa tạo việc nào.").ToString();
        }

        if (draft.Addressed.Count > 0)
        {
            text.Append($"\nKính gửi: {string.Join("; ", draft.Addressed)}. Câu không nêu tên đơn vị (\"các đơn vị …\") được giao cho các đơn vị này.");
        }

        text.Append($"\nTìm thấy {draft.Items.Count} hạn nộp:");
        foreach (var item in draft.Items)
        {
            text.Append('\n').Append(Item(item, allUnits, today));
        }

        AppendSkipped(text, draft);
        var past = draft.Items.Where(i => IsPast(i, today)).ToList();
        if (past.Count > 0)
        {
            text.Append($"\n⏰ Hạn đã qua (hôm nay {VietnameseWording.Date(today)}): {LetterCreation.Describe(past)}. ").Append(
                commandLine && allowPast ? "--allow-past: vẫn tạo các mục này với hạn đã qua."
                : commandLine ? "--create không tạo các mục này (việc giao với hạn đã qua bị tính quá hạn ngay); sửa hạn trong trò chuyện với bot (/congvan), hoặc thêm --allow-past để vẫn tạo."
                : $"Nên sửa hạn trước khi tạo (\"sửa {past[0].Number} trước <ngày>\"); nếu vẫn tạo, bot sẽ hỏi lại.");
        }

        if (!commandLine)
        {
            text.Append('\n').Append(HowToAnswer(draft.Items, today, calendar));
        }
        else if (!creating)
        {
            text.Append("\nChưa tạo việc nào; thêm --create để tạo các việc này.");
        }

        return text.ToString();
    }

    private static void AppendSkipped(StringBuilder text, LetterDraft draft)
    {
        foreach (var skipped in draft.Skipped)
        {
            text.Append("\nBỏ qua: ").Append(skipped);
        }
    }

    public static bool IsPast(DraftDeadline item, DateOnly today) => item.Due is { } due && due < today;

    public static string Item(DraftDeadline item, IReadOnlyList<Unit> allUnits, DateOnly today)
    {
        var text = new StringBuilder($"{item.Number}. {item.Title}\n");
        text.Append("   Hạn: ").Append(item.Due is { } due ? VietnameseWording.DateWithWeekday(due) : "chưa có (ngày không có thật)");
        if (item.Due is not null && DueHour.Of(item.SourcePhrase) is { } hour)
        {
            text.Append(", ").Append(hour);
        }

        if (IsPast(item, today))
        {
            text.Append(" — ⏰ ĐÃ QUA");
        }

        text.Append('\n');
        text.Append("   Đơn vị: ").Append(Scope(item, allUnits)).Append('\n');
        text.Append($"   Câu gốc: \"{item.Quote}\"");
        foreach (var warning in item.Warnings)
        {
            text.Append("\n   ⚠️ ").Append(warning);
        }

        return text.ToString();
    }

    /// <summary>
    /// Units by name, past ten the count and the first five ("76 đơn vị: Sở Y tế, … và 71 đơn vị khác"), as /giao says
    /// them, so one item does not fill the screen.
    /// </summary>
    public static string Counted(IReadOnlyList<string> names) =>
        names.Count <= 10 ? string.Join(", ", names) : $"{names.Count} đơn vị: {string.Join(", ", names.Take(5))} và {names.Count - 5} đơn vị khác";

    public static string Scope(DraftDeadline item, IReadOnlyList<Unit> allUnits)
    {
        var scope = item.Scope switch
        {
            DeadlineScope.All => $"tất cả {allUnits.Count} đơn vị",
            DeadlineScope.Grassroots => $"{allUnits.Count(u => u.IsGrassroots)} chi, đảng bộ cơ sở",
            DeadlineScope.Kind => $"các {item.ScopeKind!.Value.Display()} ({allUnits.Count(u => u.Kind == item.ScopeKind)} đơn vị)",
            // A group less a few units is said as such, not as its seventy names.
            DeadlineScope.Units when item.ScopeCounted is { } note => note,
            // In the letter's order, so the admin can follow along.
            _ => Counted([.. item.UnitIds.Select(id => allUnits.FirstOrDefault(u => u.Id == id)).OfType<Unit>().Select(u => $"{u.Name} ({u.Code})")]),
        };
        if (item.Unmatched.Count > 0)
        {
            scope += (scope.Length > 0 ? "; " : string.Empty) + "chưa khớp: " + string.Join(", ", item.Unmatched.Select(n => $"\"{n}\""));
        }

        return scope;
    }
}
