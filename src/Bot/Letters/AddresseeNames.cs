using System.Text.RegularExpressions;
using QcdcBot.Bot.Text;

namespace QcdcBot.Bot.Letters;

/// <summary>
/// The names of one "Kính gửi" piece written with commas or "và" ("Chi bộ Trung tâm Dịch vụ việc làm tỉnh, Đảng bộ
/// Công ty Thủy điện Thác Bà và Đảng bộ Sở Xây dựng"): split where a unit's name starts, so each is matched or listed
/// as not matched, as a list with ";" would be. A comma or "và" inside a store's name ("Sở Văn hóa, Thể thao và Du
/// lịch") or before a word that opens no unit ("Đầu tư xây dựng và thương mại") never splits.
/// </summary>
internal static partial class AddresseeNames
{
    public static IEnumerable<string> Split(string piece, UnitNameIndex index)
    {
        var folded = FoldedText.Of(piece);
        var text = folded.Value;
        var known = index.FindAll(text, 0, text.Length);
        var start = 0;
        foreach (Match separator in SeparatorRegex().Matches(text))
        {
            var next = separator.Index + separator.Length;
            if (next >= text.Length || !char.IsUpper(folded.Original[folded.OriginalStart(next)])
                || known.Any(k => k.Start < separator.Index && k.End > separator.Index)
                || !(KindRegex().Match(text, next) is { Success: true } kind && kind.Index == next || index.At(text, next) is not null || UnitBrands.OpensAt(text, next)))
            {
                continue;
            }

            yield return piece[folded.OriginalStart(start)..folded.OriginalStart(separator.Index)];
            start = next;
        }

        yield return start == 0 ? piece : piece[folded.OriginalStart(start)..];
    }

    [GeneratedRegex(@"\s*,\s*|\s+va\s+", RegexOptions.CultureInvariant)]
    private static partial Regex SeparatorRegex();

    // The words a unit's name opens with in the office's letters.
    [GeneratedRegex(@"(?:dang\s+bo|chi\s+bo|so|cuc|chi\s+cuc|ban|ngan\s+hang|truong|(?:tong\s+)?cong\s+ty|kho\s+bac|bao\s+hiem|benh\s+vien|bao|dai|vien|trung\s+tam|van\s+phong|hoi(?!\s+(?:nghi|thao|dong))|lien\s+(?:doan|minh|hiep)|uy\s+ban|cong\s+an|toa\s+an|bo\s+chi\s+huy|doan|cong\s+doan|quy|thanh\s+tra)(?!\p{L})", RegexOptions.CultureInvariant)]
    private static partial Regex KindRegex();
}
