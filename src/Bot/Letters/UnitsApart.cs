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
            return Unmarked(clause, folded);
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

    /// <summary>
    /// The same without "riêng": "; Đảng bộ Sở Y tế gửi trước …", "Đảng bộ Sở Y tế được lùi đến ngày …", "Đối với Đảng bộ
    /// Sở Y tế: gửi trước …", "(hạn cuối đối với Đảng bộ Sở Y tế là ngày …)", ", trong đó Đảng bộ Sở Y tế … gửi sớm trước …".
    /// Only named units that are given nothing but a date (the paper is the clause before's); a group only after "đối
    /// với" or "trong đó".
    /// </summary>
    private static (string Names, bool OwnPaper)? Unmarked(string clause, FoldedText folded)
    {
        // A table row's cells are its own item's, never a clause run on from the row before.
        if (clause.Contains('\t', StringComparison.Ordinal) || UnmarkedRegex().Match(folded.Value) is not { Success: true } apart || !DateOnlyRegex().IsMatch(apart.Groups["rest"].Value))
        {
            return null;
        }

        var names = apart.Groups["names"];
        var written = clause[folded.OriginalStart(names.Index)..folded.OriginalEnd(names.Index + names.Length)].Trim();
        // "Đề nghị Đảng bộ Sở Y tế hoàn thành kế hoạch tuyên truyền trước …": a sentence asking its own paper, not names.
        if (DeadlineTitle.NamesAPaper(written) || AskingRegex().IsMatch(names.Value))
        {
            return null;
        }

        var marked = apart.Groups["marked"].Success;
        var group = UnitGroupPhrases.Whole(written) is not null || UnitGroups.In(names.Value).Count > 0;
        // ", các đoàn thể khối gửi trước …" after the first group's date: another group, its own date for the same paper.
        var groupRunOn = group && (UnitGroupPhrases.Whole(written) is not null || UnitGroups.TaggedWhole(names.Value) is not null) && RunOnRegex().IsMatch(folded.Value) && !names.Value.Contains("con lai", StringComparison.Ordinal);
        return written.Length == 0 || (!marked && !groupRunOn && (!char.IsUpper(written[0]) || group)) || (marked && !group && !char.IsUpper(written[0])) ? null : (written, false);
    }

    [GeneratedRegex(@"^\s*[,;]", RegexOptions.CultureInvariant)]
    private static partial Regex RunOnRegex();

    [GeneratedRegex(@"(?<!\p{L})(?:hoan\s+thanh|xay\s+dung|to\s+chuc|thuc\s+hien)(?!\p{L})", RegexOptions.CultureInvariant)]
    private static partial Regex AskingRegex();

    // The names run to a colon or comma, or to the words that give them their date ("được lùi", "gửi", "là", "thời hạn").
    [GeneratedRegex(@"^[\s,;.\-–(\[]*(?:(?<marked>trong\s+do|(?:(?:thoi\s+)?han\s+(?:cuoi|chot)(?:\s+cung)?\s+)?doi\s+voi)\s*,?\s*)?(?<names>\p{L}[^:;()]*?)(?:\s*[:,]\s*|\s+|\s*$)(?<rest>(?:(?:duoc|gui|nop|la|thoi|han)(?!\p{L}).*)?)$", RegexOptions.CultureInvariant)]
    private static partial Regex UnmarkedRegex();

    // Nothing but the date's own words: "được lùi", "được gia hạn", "gửi sớm", "nộp về Văn phòng", "thời hạn là", "là".
    [GeneratedRegex(@"^(?:(?:duoc|phep|lui|gia|han|keo|dai|thoi|hoan|gui|nop|som|muon|cham|hon|la|den|toi|sang|va|hoac|ban\s+(?:mem|giay))(?!\p{L})[\s,:]*|(?:ve|cho|den|toi)\s+(?:ban|van\s+phong|dang\s+uy|co\s+quan)[^,;]*)*$", RegexOptions.CultureInvariant)]
    private static partial Regex DateOnlyRegex();

    [GeneratedRegex(@"^[\s,;.\-–(\[]*rieng\s+(?:doi\s+voi\s+)?(?<names>.+?)(?:\s+(?=(?:gui|nop|hoan\s+thanh|bao\s+cao)(?!\p{L}))|\s*[:,]?\s*(?:han\s+)?$)", RegexOptions.CultureInvariant)]
    private static partial Regex ApartRegex();

    // "gửi", "nộp về Văn phòng", "hoàn thành và gửi": nothing but the sending, so the paper is the clause before's.
    [GeneratedRegex(@"^\s*(?:(?:gui|nop|hoan\s+thanh|bao\s+cao)(?:\s+va)?\s*)+(?:(?:ve|cho|den|toi)\s+[^,;]*)?[\s,.;:]*$", RegexOptions.CultureInvariant)]
    private static partial Regex SentOnlyRegex();
}
