using System.Globalization;
using System.Text.RegularExpressions;
using QcdcBot.Bot.Text;
using QcdcBot.Storage.Deadlines;

namespace QcdcBot.Bot.Letters;

/// <summary>
/// "Đảng bộ Sở Y tế và Chi bộ Báo Yên Bái gửi báo cáo chuyên đề lần lượt trước ngày 10/12/2026 và ngày 15/12/2026":
/// "lần lượt" pairs the units named with the dates, in the order written.
/// </summary>
internal sealed partial class ProposalBuilder
{
    /// <returns>One item per unit, each with its own date; null when the sentence does not pair as many units as dates.</returns>
    private static List<DraftDeadline>? InTurn(string text, LetterSentence sentence, DatePhrase phrase, DraftDeadline item)
    {
        var folded = VietnameseText.Fold(text[sentence.Start..sentence.End]);
        if (!folded.Contains("lan luot", StringComparison.Ordinal) || item is not { Scope: DeadlineScope.Units, Due: { } first, Unmatched.Count: 0 } || item.UnitIds.Count < 2)
        {
            return null;
        }

        if (DatesInTurn(text, sentence, phrase, first) is not { } dates || dates.Count != item.UnitIds.Count)
        {
            return null;
        }

        var title = InTurnWords().Replace(item.Title, string.Empty).Trim();
        return [.. item.UnitIds.Select((id, i) => item with
        {
            Number = item.Number + i, Title = title, Due = dates[i], UnitIds = [id], SecondDate = null, ScopeCounted = null,
            Correction = i == 0 ? item.Correction : null,
        })];
    }

    /// <summary>
    /// "Các đơn vị gửi báo cáo sơ kết và báo cáo tổng kết trước ngày 15/12/2026 và 20/12/2026": as many papers as dates,
    /// one after another, pair in the order written, one item each for the same units.
    /// </summary>
    /// <returns>One item per paper; null when the title does not name as many papers as the dates that follow.</returns>
    private static List<DraftDeadline>? PapersInTurn(string text, LetterSentence sentence, DatePhrase phrase, DraftDeadline item)
    {
        if (item.Due is not { } first || DeadlineTitle.PapersListed(InTurnWords().Replace(item.Title, " ").Trim()) is not { Count: > 1 } papers
            || DatesInTurn(text, sentence, phrase, first) is not { } dates || dates.Count != papers.Count)
        {
            return null;
        }

        return [.. papers.Select((paper, i) => item with
        {
            Number = item.Number + i, Title = paper, Due = dates[i], SecondDate = null, Correction = i == 0 ? item.Correction : null,
        })];
    }

    /// <summary>The first date and those written right after it (", ngày 15/12/2026", " và 20/12"); null when one does not exist.</summary>
    private static List<DateOnly>? DatesInTurn(string text, LetterSentence sentence, DatePhrase phrase, DateOnly first)
    {
        var after = VietnameseText.Fold(text[(phrase.Start + phrase.Length)..Math.Max(phrase.Start + phrase.Length, sentence.End)]);
        var dates = new List<DateOnly> { first };
        foreach (Match next in NextDates().Matches(after))
        {
            var day = int.Parse(next.Groups["d"].Value, CultureInfo.InvariantCulture);
            var month = int.Parse(next.Groups["m"].Value, CultureInfo.InvariantCulture);
            var year = next.Groups["y"].Success ? int.Parse(next.Groups["y"].Value, CultureInfo.InvariantCulture) : dates[^1].Year;
            if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
            {
                return null;
            }

            var due = new DateOnly(year, month, day);
            dates.Add(due < dates[^1] && !next.Groups["y"].Success ? due.AddYears(1) : due);
        }

        return dates;
    }

    // ", ngày 15/12/2026", " và 15/12", "; 20/12/2026" right after the first date, one after another.
    [GeneratedRegex(@"\G\s*(?:[,;]|va)?\s*(?:ngay\s+)?(?<d>[0-9]{1,2})\s*/\s*(?<m>[0-9]{1,2})(?:\s*/\s*(?<y>[0-9]{4}))?", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex NextDates();

    [GeneratedRegex(@"\s*(?<!\p{L})(?:lần|lan)\s+(?:lượt|luot)(?!\p{L})\s*", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex InTurnWords();
}
