using System.Text.RegularExpressions;
using QcdcBot.Bot.Conversation.Scope;
using QcdcBot.Bot.Text;

namespace QcdcBot.Bot.Letters;

/// <summary>
/// "Các đơn vị gửi báo cáo … muộn nhất ngày 28/12/2026; riêng Đảng bộ Bệnh viện Đa khoa tỉnh gửi trước ngày 21/12/2026":
/// the clause after the first date gives a few units their own date for the same paper.
/// </summary>
internal static partial class UnitsApart
{
    /// <summary>
    /// The names after "riêng" (", riêng …", "; riêng …", "(riêng …" in brackets) as written and whether the clause names
    /// its own paper; null when it has no "riêng".
    /// </summary>
    public static (string Names, bool OwnPaper)? In(string clause)
    {
        var folded = FoldedText.Of(clause);
        if (ApartRegex().Match(folded.Value) is not { Success: true } apart)
        {
            return null;
        }

        var names = apart.Groups["names"];
        var written = clause[folded.OriginalStart(names.Index)..folded.OriginalEnd(names.Index + names.Length)].Trim();
        // "riêng các đảng bộ cơ sở gửi thêm danh sách …" is a group with its own paper, not units taken apart; "riêng các
        // đoàn thể khối gửi trước ngày …" is the group given its own date for the same paper.
        // "(riêng Đảng bộ Sở Y tế: trước ngày …)": nothing after the names, so the paper is the clause before's too.
        var rest = folded.Value[(apart.Index + apart.Length)..];
        var ownPaper = rest.Trim().Length > 0 && !SentOnlyRegex().IsMatch(rest);
        return written.Length == 0 || (!char.IsUpper(written[0]) && (ownPaper || UnitGroupPhrases.Whole(written) is null)) ? null
            : (written, ownPaper);
    }

    [GeneratedRegex(@"^[\s,;.\-–(\[]*rieng\s+(?:doi\s+voi\s+)?(?<names>.+?)(?:\s+(?=(?:gui|nop|hoan\s+thanh|bao\s+cao)(?!\p{L}))|\s*[:,]?\s*(?:han\s+)?$)", RegexOptions.CultureInvariant)]
    private static partial Regex ApartRegex();

    // "gửi", "nộp về Văn phòng", "hoàn thành và gửi": nothing but the sending, so the paper is the clause before's.
    [GeneratedRegex(@"^\s*(?:(?:gui|nop|hoan\s+thanh|bao\s+cao)(?:\s+va)?\s*)+(?:(?:ve|cho|den|toi)\s+[^,;]*)?[\s,.;:]*$", RegexOptions.CultureInvariant)]
    private static partial Regex SentOnlyRegex();
}
