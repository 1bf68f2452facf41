using System.Text.RegularExpressions;
using QcdcBot.Bot.Text;
using QcdcBot.Storage.Deadlines;

namespace QcdcBot.Bot.Letters;

/// <summary>
/// A reminder ("Tính đến ngày 30/11/2026, còn 12 đơn vị chưa gửi kế hoạch … Đề nghị các đơn vị chưa gửi khẩn trương gửi
/// về Ban Tuyên giáo trước ngày 04/12/2026."): the units that have not sent a paper asked before are given a new date.
/// Its item is that paper, and an open deadline of that paper is the one to move ("gắn N", /suahan), not a second one.
/// </summary>
internal static partial class ReminderLetters
{
    /// <summary>
    /// The paper the units have not sent, named in the clause asking them or in the sentence before ("chưa gửi kế hoạch
    /// thực hiện … (có danh sách kèm theo)" → "Kế hoạch thực hiện …"); null when neither says one.
    /// </summary>
    public static string? PaperNotSent(string clause, string before)
    {
        foreach (var text in new[] { clause, before })
        {
            var folded = FoldedText.Of(text);
            if (NotSentRegex().Match(folded.Value) is not { Success: true } notSent)
            {
                continue;
            }

            var rest = text[folded.OriginalStart(notSent.Groups["paper"].Index)..];
            var cut = rest.IndexOfAny(['(', '.', ';', '\n', '\t']);
            var paper = DeadlineTitle.From(cut < 0 ? rest : rest[..cut], null);
            return DeadlineTitle.NamesAPaper(paper) ? paper : null;
        }

        return null;
    }

    /// <summary>The open deadline whose paper a reminder names again, the nearest title first; null when none.</summary>
    public static Deadline? Reminded(string title, IReadOnlyList<Deadline> open) =>
        open.Where(d => d.State == DeadlineState.Open && TitleSimilarity.AreSimilar(d.Title, title))
            .OrderByDescending(d => TitleSimilarity.AreNearSame(d.Title, title)).ThenByDescending(d => d.Id).FirstOrDefault();

    // "chưa gửi kế hoạch …", "chưa nộp báo cáo …" (with or without diacritics): a paper asked before, not yet handed in.
    [GeneratedRegex(@"(?<!\p{L})chua\s+(?:gui|nop|hoan\s+thanh)\s+(?:cac\s+)?(?<paper>bao\s+cao|ke\s+hoach|danh\s+sach|ho\s+so|de\s+an|bien\s+ban|tham\s+luan|bai\s+viet|bang\s+(?:dang\s+ky|tong\s+hop|thong\s+ke)|bieu\s+(?:mau|thong\s+ke|tong\s+hop)|phu\s+luc|so\s+lieu|dang\s+ky)(?!\p{L})", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex NotSentRegex();
}
