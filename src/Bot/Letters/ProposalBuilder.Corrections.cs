using System.Text.RegularExpressions;
using QcdcBot.Bot.Text;
using QcdcBot.Storage.Deadlines;

namespace QcdcBot.Bot.Letters;

/// <summary>
/// Dates a letter restates rather than sets: a correction's old and new date ("Đính chính Công văn số 2051-CV/ĐUK …:
/// "trước ngày 15/12/2026" nay sửa thành "trước ngày 18/12/2026""), a purpose clause's onward report ("… trước ngày
/// 15/12 để tổng hợp, báo cáo Ban Thường vụ Tỉnh ủy trước ngày 20/12") and a note repeating an item's date ("Lưu ý: báo
/// cáo sơ kết gửi trước ngày 10/12/2026 qua phần mềm").
/// </summary>
internal sealed partial class ProposalBuilder
{
    /// <summary>The clause before a due date gives a correction's new date: "… nay sửa thành "trước ngày …"".</summary>
    private static bool Corrects(string clause) => CorrectedTo().IsMatch(VietnameseText.Fold(clause));

    /// <summary>The words after a due date say it is corrected away: "…15/12/2026" nay sửa thành …".</summary>
    private static bool CorrectedAway(string text, DatePhrase phrase, LetterSentence sentence)
    {
        var end = phrase.Start + phrase.Length;
        return CorrectedAfter().IsMatch(VietnameseText.Fold(text[end..Math.Max(end, sentence.End)]));
    }

    /// <summary>
    /// "… trước ngày 15/12/2026 để tổng hợp, báo cáo Ban Thường vụ Tỉnh ủy trước …": the office's onward report; not "…
    /// để tổng hợp, báo cáo Đảng ủy Khối trước …", where the units' cells report to them and they to the office.
    /// </summary>
    private static bool OnwardReport(string clause) => Onward().IsMatch(VietnameseText.Fold(clause));

    /// <summary>The item of this letter <paramref name="item"/> repeats: the same units and date, and one title the other's start.</summary>
    private static DraftDeadline? Repeated(IEnumerable<DraftDeadline> items, DraftDeadline item) =>
        items.FirstOrDefault(i => i.Due == item.Due && i.Scope == item.Scope && i.ScopeKind == item.ScopeKind && i.UnitIds.SequenceEqual(item.UnitIds)
            && i.Unmatched.SequenceEqual(item.Unmatched) && StartsTheOther(VietnameseText.Fold(i.Title), VietnameseText.Fold(item.Title)));

    private static bool StartsTheOther(string a, string b)
    {
        var (shorter, longer) = a.Length <= b.Length ? (Words(a), Words(b)) : (Words(b), Words(a));
        return shorter.Length >= 3 && shorter.SequenceEqual(longer.Take(shorter.Length));
    }

    private static string[] Words(string folded) => folded.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);

    /// <summary>
    /// The open deadline a correction's new date moves: one made from a letter this one cites ("Đính chính Công văn số
    /// 2051-CV/ĐUK"), due on the corrected date when it made several. Null when none.
    /// </summary>
    private async Task<Deadline?> CorrectedAsync(string text, string? ownNumber, IReadOnlyList<Deadline> open, DateOnly? oldDate, CancellationToken ct)
    {
        foreach (var number in CitedNumber().Matches(text).Select(m => Spaces().Replace(m.Groups["n"].Value, string.Empty)).Where(n => n != ownNumber).Distinct())
        {
            var ids = await letters.DeadlinesFromNumberAsync(number, ct);
            var made = open.Where(d => d.State == DeadlineState.Open && ids.Contains(d.Id)).ToList();
            if ((made.FirstOrDefault(d => d.DueDate == oldDate) ?? (made.Count == 1 ? made[0] : null)) is { } corrected)
            {
                return corrected;
            }
        }

        return null;
    }

    private const string ChangedTo = @"(?:sua|dieu\s+chinh|doi|thay\s+doi|chinh\s+sua)(?:\s+lai)?\s+(?:thanh|la)(?!\p{L})";

    [GeneratedRegex(@"(?<!\p{L})" + ChangedTo + @"[^\p{L}0-9]*(?:ngay\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex CorrectedTo();

    [GeneratedRegex(@"^[^\p{L}0-9]*(?:nay\s+)?(?:duoc\s+)?" + ChangedTo, RegexOptions.CultureInvariant)]
    private static partial Regex CorrectedAfter();

    [GeneratedRegex(@"^[^\p{L}0-9]*(?:de|nham)\s+(?:tong\s+hop|bao\s+cao)(?!\p{L})(?![^;]*(?<!\p{L})dang\s+uy\s+khoi(?!\p{L}))", RegexOptions.CultureInvariant)]
    private static partial Regex Onward();

    [GeneratedRegex(@"(?<!\p{L})(?:số|so)\s*:?\s*(?<n>[0-9]+\s*-\s*\p{L}+/[^\s,;:()]*[^\s,;:().])", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    private static partial Regex CitedNumber();
}
