using System.Text.RegularExpressions;
using QcdcBot.Bot.Text;

namespace QcdcBot.Bot.Letters;

/// <summary>
/// A paper sent with another and no date of its own ("2. Danh sách đề nghị khen thưởng gửi kèm báo cáo."): a note on the
/// item it goes with, never dropped silently and never an item.
/// </summary>
internal sealed partial class ProposalBuilder
{
    /// <summary>The items, each noted with the dateless papers the letter says go with it; those with no item are said under "Bỏ qua".</summary>
    private static List<DraftDeadline> WithEnclosures(string text, List<LetterSentence> sentences, List<DateParseResult> found, List<DraftDeadline> items, List<string> skipped)
    {
        // Most letters send nothing "kèm": read no sentence again for them.
        if (items.Count == 0 || text.IndexOf("kèm", StringComparison.OrdinalIgnoreCase) < 0 && text.IndexOf("kem", StringComparison.OrdinalIgnoreCase) < 0)
        {
            return items;
        }

        foreach (var sentence in sentences.Where(s => !found.Any(f => f.Phrase!.Start >= s.Start && f.Phrase.Start < s.End)))
        {
            var written = Spaces().Replace(text[sentence.Start..sentence.End], " ").Trim();
            if (Enclosure().Match(VietnameseText.Fold(written)) is not { Success: true } enclosed)
            {
                continue;
            }

            // "gửi kèm báo cáo": the first item whose title names that paper.
            var with = enclosed.Groups["with"].Value;
            var at = items.FindIndex(i => VietnameseText.Fold(i.Title).Contains(with, StringComparison.Ordinal));
            var quoted = NumberedPoint().Replace(written, string.Empty).TrimEnd('.', ';', ' ');
            if (at < 0)
            {
                skipped.Add($"\"{quoted}\": gửi kèm, không có hạn riêng; không thấy mục nào là \"{with}\" để ghi kèm.");
                continue;
            }

            var note = $"văn bản ghi \"{quoted}\": gửi kèm mục này, không có hạn riêng";
            items[at] = items[at] with { Enclosed = items[at].Enclosed is { } before ? $"{before}; {note}" : note, Warnings = [.. items[at].Warnings, note] };
        }

        return items;
    }

    // "Danh sách đề nghị khen thưởng gửi kèm báo cáo", "Phụ lục số liệu nộp kèm theo báo cáo tổng kết": the paper with.
    [GeneratedRegex(@"^(?:[0-9]+[.)]\s*|[\-–•*+]\s*)?\p{L}[^.;:]{2,100}?\s+(?:duoc\s+)?(?:gui|nop)\s+kem(?:\s+theo)?\s+(?<with>\p{L}+\s+\p{L}+)", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Enclosure();

    [GeneratedRegex(@"^(?:[0-9]+[.)]\s*|[\-–•*+]\s*)", RegexOptions.CultureInvariant)]
    private static partial Regex NumberedPoint();
}
