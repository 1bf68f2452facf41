using System.Text;
using QcdcBot.Bot.Conversation;
using QcdcBot.Bot.Conversation.Deadlines;
using QcdcBot.Bot.Text;
using QcdcBot.Scheduling.Calendar;
using QcdcBot.Storage.Deadlines;
using QcdcBot.Storage.Letters;
using QcdcBot.Storage.Units;

namespace QcdcBot.Bot.Letters;

/// <summary>
/// Creates the chosen proposed deadlines with their letter in one transaction (the same insert and audit as /giao).
/// An item without a real date or without units is not created, and the reply says why.
/// </summary>
internal sealed class LetterCreation(LetterStore letters, UnitStore units, DuplicateDeadlineFinder duplicates, OfficeClock clock)
{
    /// <returns>The reply, the items created, and whether the chosen items are done with (created now or before).</returns>
    public async Task<(string Reply, IReadOnlyList<CreatedItem> Created, bool Done)> CreateAsync(LetterDraft draft, IReadOnlyList<DraftDeadline> chosen, string actor, CancellationToken ct)
    {
        var ready = chosen.Where(i => Problem(i) is null).ToList();
        var skipped = chosen.Where(i => Problem(i) is not null).Select(i => $"mục {i.Number}: {Problem(i)}").ToList();
        if (ready.Count == 0)
        {
            return ("Chưa tạo việc nào: " + string.Join("; ", skipped) + ".", [], false);
        }

        var (letter, created, already) = await letters.CreateAsync(
            LetterOf(draft, actor),
            ready.Select(i => new NewDeadline(DueHour.Titled(i), i.Due!.Value, i.Scope, i.ScopeKind, i.UnitIds, Recurrence.None, i.SourcePhrase, actor, DeadlineKinds.Infer(i.Title))).ToList(),
            ct);
        if (already)
        {
            return ($"Đề xuất này đã được tạo việc rồi (theo {letter.Reference}); không tạo lại. Gõ /hanchot để xem.", [], true);
        }

        var all = await units.AllAsync(ct);
        var text = new StringBuilder($"Đã giao {created.Count} việc theo {letter.Reference}:");
        foreach (var deadline in created)
        {
            text.Append($"\n#{deadline.Id} {deadline.Title}\n   Hạn: {VietnameseWording.DateWithWeekday(deadline.DueDate)} ({VietnameseWording.TimeLeft(deadline.DueDate, clock.Today)})");
            text.Append($"\n   Đơn vị: {Units(deadline, all)}");
        }

        if (skipped.Count > 0)
        {
            text.Append("\nKhông tạo: ").Append(string.Join("; ", skipped)).Append('.');
        }

        return (text.ToString(), [.. ready.Zip(created, (item, deadline) => new CreatedItem(item.Number, deadline.Id))], true);
    }

    /// <summary>The letter row a draft's deadlines point at (also the one a corrected letter attaches, "gắn N").</summary>
    public NewLetter LetterOf(LetterDraft draft, string actor) =>
        new(draft.Id, draft.Header.Number, draft.Header.Kind, draft.Header.Date, Reference(draft), draft.FileSha256, draft.FileName, draft.ContentType, actor);

    /// <summary>"Công văn số 2050-CV/ĐUK, ngày 01/12/2026": a corrected letter is told from its original by its date.</summary>
    public static string Dated(Letter letter) =>
        letter.LetterDate is { } d && letter.Number is not null ? $"{letter.Reference}, ngày {VietnameseWording.Date(d)}" : letter.Reference;

    /// <summary>
    /// How the deadlines name their letter. One without a number or a date is named by the day the office gave it to
    /// the bot ("văn bản dán ngày 1/12/2026"): that is how the office finds it again; "Văn bản" alone names nothing.
    /// </summary>
    private string Reference(LetterDraft draft) =>
        draft.Number is not null || draft.LetterDate is not null ? draft.Header.Reference
        : draft.FileName is null or LetterIntake.PastedName ? $"văn bản dán ngày {VietnameseWording.Date(clock.Today)}"
        : $"tệp {draft.FileName} gửi ngày {VietnameseWording.Date(clock.Today)}";

    /// <summary>
    /// The units a created deadline is for: past ten names, the count and the first few ("76 đơn vị: Sở Y tế, … và 71
    /// đơn vị khác"), so one deadline does not fill the screen.
    /// </summary>
    private static string Units(Deadline deadline, IReadOnlyList<Unit> all)
    {
        var named = deadline.Scope == DeadlineScope.Units ? all.Where(u => deadline.UnitIds.Contains(u.Id)).ToList() : [];
        return named.Count <= LongList ? DeadlineText.Scope(deadline, all) : ProposalText.Counted([.. named.Select(u => u.Name)]);
    }

    private const int LongList = 10;

    /// <summary>The items whose due date has already passed (a 2024 letter read in 2026): created only when the admin says so.</summary>
    public IReadOnlyList<DraftDeadline> PastDue(IEnumerable<DraftDeadline> items) =>
        [.. items.Where(i => i.Due is { } due && due < clock.Today && Problem(i) is null)];

    /// <summary>
    /// The items whose due date the bot itself doubts: a date it changed or guessed (a year or month typo, no year, a
    /// period's end) or a title naming another year than the due date's. Created only when the admin says so, as past ones.
    /// </summary>
    public IReadOnlyList<DraftDeadline> Doubted(IEnumerable<DraftDeadline> items) =>
        [.. items.Where(i => Problem(i) is null && Doubt(i) is not null)];

    /// <summary>What is doubted, with the date as written and as proposed: "văn bản ghi "trước ngày 5 tháng 11 năm 2026", bot đề xuất Thứ Bảy, 5/12/2026".</summary>
    public string? Doubt(DraftDeadline item) =>
        item.Due is not { } due ? null
        : item.Correction is not null ? $"văn bản ghi \"{item.SourcePhrase}\", bot đề xuất {VietnameseWording.DateWithWeekday(due)}"
        : TitleYearWarning.TitleYear(item, due, clock.Today) is { } year ? $"tên việc ghi năm {year}, hạn {VietnameseWording.DateWithWeekday(due)}"
        : null;

    /// <summary>"mục 2 (văn bản ghi …, bot đề xuất …); mục 3 (…)".</summary>
    public string DescribeDoubts(IEnumerable<DraftDeadline> items) =>
        string.Join("; ", items.Select(i => $"mục {i.Number} ({Doubt(i)})"));

    /// <summary>
    /// The items created before from this letter (whatever their date was edited to) and those an open deadline already
    /// covers, by the rule /giao asks by (the same paper for overlapping units due near it): the same letter sent twice,
    /// or a deadline first given with /giao. Created only when the admin says so.
    /// </summary>
    public async Task<IReadOnlyList<(DraftDeadline Item, long ExistingId)>> DuplicatesAsync(IEnumerable<DraftDeadline> items, CancellationToken ct)
    {
        var found = new List<(DraftDeadline, long)>();
        foreach (var item in items.Where(i => Problem(i) is null))
        {
            if ((item.CreatedAs ?? item.Moves) is { } createdAs)
            {
                found.Add((item, createdAs));
            }
            else if (await duplicates.FindAsync(item.Candidate(), ct, near: true) is [var same, ..])
            {
                found.Add((item, same.Id));
            }
        }

        return found;
    }

    /// <summary>"mục 1 (trùng việc #15), mục 2 (trùng việc #16)".</summary>
    public static string DescribeDuplicates(IEnumerable<(DraftDeadline Item, long ExistingId)> items) =>
        string.Join(", ", items.Select(d => $"mục {d.Item.Number} ({(d.Item.Moves == d.ExistingId && d.Item.CreatedAs is null ? d.Item.Replaces is null ? "gia hạn" : "thay văn bản của" : "trùng")} việc #{d.ExistingId})"));

    /// <summary>"mục 1 (25/10/2024), mục 2 (1/9/2024)".</summary>
    public static string Describe(IEnumerable<DraftDeadline> items) =>
        string.Join(", ", items.Select(i => $"mục {i.Number} ({VietnameseWording.Date(i.Due!.Value)})"));

    public static string? Problem(DraftDeadline item) =>
        item.Due is null ? $"chưa có ngày hạn thật (sửa {item.Number} trước <ngày>)"
        : item.Scope == DeadlineScope.Units && item.UnitIds.Count == 0 ? $"chưa có đơn vị nào khớp (sửa {item.Number} cho <mã đơn vị>, …)"
        // A name to be taken out that matched nothing: its matched units would include one the letter leaves out.
        : UnmatchedOut(item) is { } notOut ? $"chưa khớp đơn vị cần trừ ra \"{notOut}\" (sửa {item.Number} cho <nhóm> trừ <mã đơn vị>)"
        : null;

    /// <summary>A name to be taken out that matched nothing (quoted in the count "28 − 0 = 28 đơn vị (…, trừ "…")").</summary>
    public static string? UnmatchedOut(DraftDeadline item) =>
        item.Unmatched.FirstOrDefault(n => item.ScopeCounted?.Contains($"\"{n}\"", StringComparison.Ordinal) == true);
}
