using QcdcBot.Storage.Deadlines;
using QcdcBot.Storage.Units;

namespace QcdcBot.Bot.Letters;

/// <summary>
/// A letter read and proposed, waiting for the admin's "tạo …" or "sửa …". Kept in the conversation state (JSON),
/// so it survives a restart; nothing is in the store until it is created, except the file's bytes.
/// </summary>
internal sealed record LetterDraft(
    string Id,
    string? Number,
    string Kind,
    DateOnly? LetterDate,
    string? FileSha256,
    string? FileName,
    string? ContentType,
    IReadOnlyList<DraftDeadline> Items)
{
    public LetterHeader Header => new(Number, Kind, LetterDate);

    /// <summary>Deadlines already created from a letter with the same number: the letter was sent before.</summary>
    public IReadOnlyList<long> AlreadyCreated { get; init; } = [];

    /// <summary>The units the letter is addressed to ("Kính gửi: …"), by name, when items without a group were given to them.</summary>
    public IReadOnlyList<string> Addressed { get; init; } = [];

    /// <summary>Items of this proposal created so far, so "tạo 1" again and "hủy" can say what already exists.</summary>
    public IReadOnlyList<CreatedItem> Created { get; init; } = [];

    /// <summary>Dates the letter gives that were left out, each with why ("việc của Ban Tuyên giáo …", "không đọc được hạn").</summary>
    public IReadOnlyList<string> Skipped { get; init; } = [];

    /// <summary>The letter's date in the year its deadlines point to, when the written year looks mistyped (see <see cref="LetterYearCheck"/>).</summary>
    public DateOnly? JudgedOn { get; init; }

    /// <summary>"Ngày văn bản … có vẻ ghi nhầm năm …": said once above the items when <see cref="JudgedOn"/> is set.</summary>
    public string? DateNote { get; init; }

    /// <summary>The date due dates are judged against: the letter's, or its likely one.</summary>
    public DateOnly? DatedOn => JudgedOn ?? LetterDate;

    /// <summary>The day it was proposed: a proposal left from an earlier day is dropped when another letter comes (null: older state, kept).</summary>
    public DateOnly? ProposedOn { get; init; }

    /// <summary>The item "sửa N" alone asked about: the next answer ("trước 11/12/2026", "tên …") is for it.</summary>
    public int? Editing { get; init; }
}

/// <summary>An item of a proposal and the deadline made from it.</summary>
internal sealed record CreatedItem(int Number, long DeadlineId);

/// <summary>One proposed deadline. <see cref="Due"/> is null when the letter's date does not exist (31/4).</summary>
/// <param name="Quote">The sentence it came from, shortened around the date.</param>
/// <param name="SourcePhrase">The date phrase as written ("trước ngày 10/4/2023").</param>
/// <param name="Unmatched">Names the letter gives that match no unit, or several.</param>
internal sealed record DraftDeadline(
    int Number,
    string Title,
    DateOnly? Due,
    DeadlineScope Scope,
    UnitKind? ScopeKind,
    IReadOnlyList<long> UnitIds,
    IReadOnlyList<string> Unmatched,
    IReadOnlyList<string> Warnings,
    string Quote,
    string SourcePhrase)
{
    /// <summary>
    /// The deadline this item became when its letter was created before (matched by the letter and the item's title,
    /// whatever its date or units were edited to): "tạo" asks before creating it again.
    /// </summary>
    public long? CreatedAs { get; init; }

    /// <summary>
    /// The open deadline an extension letter moves ("gia hạn thời gian gửi … đến hết ngày 22/12/2026"): the same paper
    /// for the same units or more, at another date. "gắn N" moves it and attaches the letter, as for a corrected letter.
    /// </summary>
    public long? Moves { get; init; }

    /// <summary>
    /// <see cref="Moves"/> found by a reminder ("còn 12 đơn vị chưa gửi kế hoạch …, đề nghị khẩn trương gửi trước …"), not
    /// an extension: said as the new date for the units not yet sent.
    /// </summary>
    public bool Reminds { get; init; }

    /// <summary>"Công văn số 2318-CV/ĐUK": the letter this one replaces ("thay thế"), whose deadline <see cref="Moves"/> is.</summary>
    public string? Replaces { get; init; }

    /// <summary>The weekday the letter writes with the date ("thứ Sáu, ngày 19/12/2026"), checked against the date as it stands.</summary>
    public DayOfWeek? Weekday { get; init; }

    /// <summary>
    /// A date the builder changed or guessed, said why ("văn bản ghi 10/4/2023 …: đề xuất 10/4/2024"), kept when other
    /// warnings are recomputed and cleared by the admin's own date: while it is set, "tạo" asks first (see <see cref="LetterCreation.Doubt"/>).
    /// </summary>
    public string? Correction { get; init; }

    /// <summary>"văn bản ghi "hằng năm": chỉ đề xuất lần gần nhất …": the date is the letter's own, so nothing to confirm.</summary>
    public string? Yearly { get; init; }

    /// <summary>"không rõ đơn vị nào là doanh nghiệp: …": the group the letter names could not be told; dropped by "sửa N cho".</summary>
    public string? ScopeNote { get; init; }

    /// <summary>"tên việc không gồm "theo hướng dẫn của …"": what the title left out; dropped by "sửa N tên".</summary>
    public string? TitleNote { get; init; }

    /// <summary>"văn bản ghi "(nếu có)" …": the paper is only for the units that have one; kept through every edit.</summary>
    public string? Optional { get; init; }

    /// <summary>"văn bản ghi "Danh sách … gửi kèm báo cáo": gửi kèm mục này …": a dateless paper sent with it; kept through every edit.</summary>
    public string? Enclosed { get; init; }

    /// <summary>"văn bản còn ghi ngày 18/12/2026 (bản giấy), chưa dùng …": kept through every edit.</summary>
    public string? SecondDate { get; init; }

    /// <summary>Names the letter gives that match several units, with those units ("Trường Cao đẳng" → CDN, CDYB, CDSP).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Several { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>What the admin changed ("tên", "hạn", "đơn vị"): carried to the same item when the letter is sent again with a new date.</summary>
    public IReadOnlyList<string> Edited { get; init; } = [];

    /// <summary>"74 − 2 = 72 đơn vị (chi, đảng bộ cơ sở, trừ …)": how <see cref="UnitIds"/> were counted when units were taken out of a group.</summary>
    public string? ScopeCounted { get; init; }

    /// <summary>A name not matched, with the code of the unit whose name shares most of its words: offered, never taken.</summary>
    public IReadOnlyDictionary<string, string> Nearest { get; init; } = new Dictionary<string, string>();

    /// <summary>The deadline "tạo" would make of the item (its hour in the title): what both duplicate checks compare.</summary>
    public NewDeadline Candidate() => new(DueHour.Titled(this), Due!.Value, Scope, ScopeKind, UnitIds, Recurrence.None, SourcePhrase, string.Empty);
}
