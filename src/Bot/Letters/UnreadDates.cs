using System.Text.RegularExpressions;
using QcdcBot.Bot.Text;

namespace QcdcBot.Bot.Letters;

/// <summary>
/// A date after "gửi", "nộp" or "hoàn thành" in a sentence, without a deadline word the proposal reads ("gửi báo cáo
/// X ngày 15/12/2026"): not proposed, since most such dates are something else, but named under the proposal so the
/// sentence is never dropped silently. Dates of other documents ("số 12-KH ngày …") and periods ("từ … đến …") stay out.
/// </summary>
internal static partial class UnreadDates
{
    public static IEnumerable<string> In(string text, IReadOnlyList<DateParseResult> read)
    {
        var folded = FoldedText.Of(text);
        var value = folded.Value;
        foreach (Match date in DateRegex().Matches(value))
        {
            // "l5/12/2026": a letter typed for a figure, named by VagueDates with that reason.
            if (date.Index > 0 && char.IsLetter(value[date.Index - 1]))
            {
                continue;
            }

            var start = folded.OriginalStart(date.Index);
            var end = folded.OriginalEnd(date.Index + date.Length);
            if (read.Any(r => r.Phrase!.Start < end && start < r.Phrase.Start + r.Phrase.Length))
            {
                continue;
            }

            var sentenceStart = value.LastIndexOfAny(['\n', '.', ';'], Math.Max(date.Index - 1, 0)) + 1;
            var before = value[sentenceStart..date.Index];
            // "Hạn nộp …: 10/12/2026 (bản mềm) và 17/12/2026 (bản giấy)": the item read before it names the second date.
            var from = folded.OriginalStart(sentenceStart);
            if (read.Any(r => from <= r.Phrase!.Start && r.Phrase.Start < start))
            {
                continue;
            }

            // "… V/v gửi hồ sơ … Yên Bái, ngày 30 tháng 11 năm 2026 Kính gửi …" pasted on one line: the letter's own date.
            if (SendingVerbRegex().IsMatch(before) && !OtherDateRegex().IsMatch(before[Math.Max(0, before.Length - 50)..])
                && !OwnDateLine().IsMatch(text[Math.Max(0, start - 40)..start]))
            {
                yield return $"\"{text[start..end]}\": có ngày sau \"gửi\"/\"nộp\" nhưng không có \"trước\", \"hạn\", \"chậm nhất\" nên chưa đọc là hạn nộp; nếu là hạn, giao bằng /giao";
            }
        }
    }

    [GeneratedRegex(@"(?<![0-9/.\-])[0-9]{1,2}[^\S\n]?[/.\-][^\S\n]?[0-9]{1,2}(?:[^\S\n]?[/.\-][^\S\n]?[0-9]{2,4})?(?![0-9]|[/.\-][0-9])|(?<![0-9])[0-9]{1,2}\s+thang\s+[0-9]{1,2}(?:\s*,?\s*nam\s+[0-9]{4})?(?![0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex DateRegex();

    // Not "Kính gửi", which heads the addressees.
    [GeneratedRegex(@"(?<!\p{L})(?<!kinh\s)(?:gui|nop|hoan\s+thanh)(?!\p{L})", RegexOptions.CultureInvariant)]
    private static partial Regex SendingVerbRegex();

    // "Yên Bái, ngày ", "TP. Hà Nội, ngày ": a place in capitals before the date, as a letter dates itself.
    [GeneratedRegex(@"(?<!\p{L})\p{Lu}[\p{Ll}\p{M}]*(?:\s+\p{Lu}[\p{Ll}\p{M}]*){0,3}\s*,\s*(?:ngày|ngay)\s+$", RegexOptions.CultureInvariant)]
    private static partial Regex OwnDateLine();

    // A document's date ("Kế hoạch số 12-KH/ĐUK ngày …", "ban hành ngày …"), a period or a cut-off.
    [GeneratedRegex(@"(?<!\p{L})(?:so\s+[0-9]|ban\s+hanh|ky\s+ngay|tu|den|tinh\s+den|cua)(?!\p{L})", RegexOptions.CultureInvariant)]
    private static partial Regex OtherDateRegex();
}
