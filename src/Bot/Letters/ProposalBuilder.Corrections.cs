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

    /// <summary>
    /// The title of a correction's new date when no open deadline was given from the letter it corrects: the paper the
    /// words before the old date name ("… ghi hạn gửi báo cáo công tác dân vận là ngày 15/12/2026, nay điều chỉnh thành …"),
    /// or else "Việc theo Công văn số 2051-CV/ĐUK", never the words between the dates (""nay sửa thành"").
    /// </summary>
    /// <returns>The title, and whether it names no paper (to be renamed).</returns>
    private static (string Title, bool Unnamed)? CorrectionTitle(string? correctedClause, string sentence, string? heading, string? subject)
    {
        if (correctedClause is null)
        {
            return null;
        }

        // The cited letter itself ("Công văn số 2051-CV/ĐUK ngày 30/11/2026") is no paper asked for.
        var folded = FoldedText.Of(correctedClause);
        var clause = correctedClause;
        foreach (var cited in CitedDocumentAndDate().Matches(folded.Value).Reverse())
        {
            clause = clause[..folded.OriginalStart(cited.Index)] + " " + clause[folded.OriginalEnd(cited.Index + cited.Length)..];
        }

        if (DeadlineTitle.NamesAPaper(clause))
        {
            return (DeadlineTitle.From(clause, heading, string.Empty, subject), false);
        }

        return CitedLetter(sentence) is { } letter ? ($"Việc theo {letter}", true) : null;
    }

    /// <summary>
    /// "Công văn số 2051-CV/ĐUK": the first document the text cites by number (from <paramref name="from"/> of its folded
    /// form on), its kind as written; null when none.
    /// </summary>
    private static string? CitedLetter(string text, int from = 0)
    {
        var folded = FoldedText.Of(text);
        if (CitedDocumentAndDate().Match(folded.Value, from) is not { Success: true } document)
        {
            return null;
        }

        var doc = document.Groups["doc"];
        var start = folded.OriginalStart(doc.Index);
        if (CitedNumber().Match(text, start) is not { Success: true } cited)
        {
            return null;
        }

        // Written without diacritics ("Cong van so …"), the kind is named as the office writes it.
        var kind = DocumentKind(Spaces().Replace(doc.Value, " ")) ?? Spaces().Replace(text[start..folded.OriginalEnd(doc.Index + doc.Length)], " ");
        return $"{char.ToUpperInvariant(kind[0])}{kind[1..]} số {Spaces().Replace(cited.Groups["n"].Value, string.Empty)}";
    }

    private static string? DocumentKind(string folded) => folded switch
    {
        "huong dan" => "Hướng dẫn", "cong van" => "Công văn", "ke hoach" => "Kế hoạch", "quyet dinh" => "Quyết định", "chi thi" => "Chỉ thị",
        "thong bao" => "Thông báo", "thong tri" => "Thông tri", "nghi quyet" => "Nghị quyết", "ket luan" => "Kết luận", "quy dinh" => "Quy định",
        "chuong trinh" => "Chương trình", "van ban" => "Văn bản", "de cuong" => "Đề cương", _ => null,
    };

    // "Công văn số 2051-CV/ĐUK ngày 30/11/2026", folded: the document cited, with its date.
    [GeneratedRegex(@"(?<!\p{L})(?<doc>" + Document + @")\s+so\s*:?\s*[0-9]+\s*-\s*[^\s,;:()]+(?:\s+ngay\s+[0-9]{1,2}\s*[/.\-]\s*[0-9]{1,2}\s*[/.\-]\s*[0-9]{2,4})?", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex CitedDocumentAndDate();

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
