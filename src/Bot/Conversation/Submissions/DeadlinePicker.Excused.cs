using QcdcBot.Storage.Deadlines;
using QcdcBot.Storage.Units;

namespace QcdcBot.Bot.Conversation.Submissions;

/// <summary>
/// Deadlines the unit is excused from ("không có nội dung phát sinh" accepted by the office): not owed, so never a
/// guess, never a choice of "việc nào?", and never a place a status reply lands on quietly.
/// </summary>
internal sealed partial class DeadlinePicker
{
    /// <summary>
    /// The deadlines of <paramref name="open"/> whose latest status for the unit is an accepted excuse and that it has
    /// not handed in anyway: once handed in, a deadline is "đã nộp" everywhere (/viec, the upload page, status replies).
    /// </summary>
    public async Task<IReadOnlyList<Deadline>> ExcusedAsync(Unit unit, IReadOnlyList<Deadline> open, CancellationToken ct)
    {
        if (open.Count == 0)
        {
            return [];
        }

        var excused = (await notes.LatestForDeadlinesAsync(open.Select(d => d.Id).ToList(), unit.Id, ct)).Where(n => n.IsAcceptedExcuse).Select(n => n.DeadlineId).ToHashSet();
        // The submissions are read only when something is excused: the usual turn pays nothing more.
        return excused.Count == 0 ? [] : await UnsubmittedAsync(unit, open.Where(d => excused.Contains(d.Id)).ToList(), ct);
    }

    /// <summary>
    /// The one answer for a deadline whose notice is held (the office is still settling its date), wherever the unit
    /// names it (/nopfile 6, a lone "6", "#6" in a status reply or caption, /giahan #6); null for any other number.
    /// </summary>
    public async Task<string?> HeldAsync(Unit unit, long id, string office, CancellationToken ct) =>
        await untold.IsAsync(id, ct) && await deadlines.GetAsync(id, ct) is { } d && d.Covers(unit) ? HeldSentence(id, office) : null;

    /// <summary>"Việc #6 Ban Tuyên giáo đang chốt hạn, sẽ báo khi xong."</summary>
    public static string HeldSentence(long id, string office) => $"Việc #{id} {office} đang chốt hạn, sẽ báo khi xong.";

    /// <summary>"Việc #5 "…" đơn vị được miễn (không có nội dung phát sinh, văn phòng đã chấp nhận)".</summary>
    public static string ExcusedSentence(Deadline deadline, string office) =>
        $"Việc #{deadline.Id} \"{deadline.Title}\" đơn vị được miễn (không có nội dung phát sinh, {office} đã chấp nhận)";

    /// <summary>
    /// The one answer to a status reply naming an excused deadline, alone or among several numbers: its title, that
    /// nothing is owed and nothing is recorded, and how to hand in anyway.
    /// </summary>
    public static string ExcusedAnswer(TurnContext context, Deadline free, string said) =>
        $"{ExcusedSentence(free, context.Names.Office)}: đơn vị không cần nộp việc này, nên bot không ghi \"{said}\" vào đó. " +
        $"Đơn vị vẫn muốn nộp bài cho việc này? Nếu có, {HandInAnyway(context, free)}.";

    /// <summary>
    /// "/giahan #5 …" for a deadline the unit is excused from: that one answer (nothing owed, so nothing to extend, and
    /// how to hand in anyway), never a question about another deadline after it.
    /// </summary>
    public static string ExcusedExtensionAnswer(TurnContext context, Deadline free) =>
        $"{ExcusedSentence(free, context.Names.Office)}: đơn vị không phải nộp việc này, nên không cần xin gia hạn và bot không gửi đề nghị nào. " +
        $"Nếu đơn vị vẫn muốn nộp bài cho việc này, {HandInAnyway(context, free)}. Muốn xin gia hạn việc khác, xin ghi mã của việc đó, ví dụ: /giahan #<mã việc> <ngày> <lý do> (/viec xem các mã).";

    /// <summary>"gõ /nopfile 5 để nhận đường dẫn nộp tệp, hoặc gửi ảnh kèm "#5"": how to hand in an excused deadline anyway.</summary>
    private static string HandInAnyway(TurnContext context, Deadline free) =>
        context.TakesDocuments ? $"gửi tệp vào đây kèm chú thích \"#{free.Id}\"" : $"gõ /nopfile {free.Id} để nhận đường dẫn nộp tệp, hoặc gửi ảnh kèm \"#{free.Id}\"";

    /// <summary>The excused deadline of the unit's open ones with number <paramref name="id"/>, or null.</summary>
    public async Task<Deadline?> ExcusedNamedAsync(Unit unit, long? id, CancellationToken ct) =>
        id is { } named ? (await ExcusedAsync(unit, await OpenForAsync(unit, ct), ct)).FirstOrDefault(d => d.Id == named) : null;

    /// <summary>"#2 "…" đơn vị đã nộp rồi (biên nhận BN2026-00012, ngày 28/11/2026)": a handed-in deadline named with its latest receipt.</summary>
    public async Task<string> HandedInNoteAsync(Unit unit, long id, string? title, CancellationToken ct)
    {
        var named = title is null ? $"#{id}" : $"#{id} \"{title}\"";
        return await submissions.LatestAsync(unit.Id, id, ct) is { } latest
            ? $"{named} đơn vị đã nộp rồi (biên nhận {latest.ReceiptNo}, ngày {Text.VietnameseWording.Date(latest.ReceivedLocalDate)})"
            : $"{named} đơn vị đã nộp rồi";
    }
}
