using System.Text.RegularExpressions;
using QcdcBot.Bot.Conversation.Scope;
using QcdcBot.Storage.Units;

namespace QcdcBot.Bot.Conversation.Deadlines;

/// <summary>
/// A /giao with no units written whose title names some ("Báo cáo chuyên đề Đảng bộ NHNN", "yêu cầu TTRA, CTK báo cáo
/// kết quả QCDC", "Sở Y tế nộp bc QCDC"): the office may have meant only them, so the job must not go to every grassroots
/// unit before it says so. A unit is named by its code in capitals, its whole name or its kind before its name or code
/// (<see cref="UnitsWithoutCho.Held"/>); a word that a unit's name merely shares ("công tác dân vận", "y tế học đường")
/// names none, nor does a paper's number and what follows it ("Hướng dẫn số 15-HD/BTGTU", "55-CV/SYT của Sở Y tế").
/// </summary>
internal static partial class UnitsInTitle
{
    /// <returns>The units named and the title without them and their list words ("Báo cáo kết quả QCDC"); null when none is.</returns>
    public static (IReadOnlyList<Unit> Units, string Title)? Find(string title, IReadOnlyList<Unit> all)
    {
        // "Quán triệt Hướng dẫn số 15-HD/BTGTU", "thực hiện Công văn số 55-CV/SYT của Sở Y tế": who wrote a paper is no addressee.
        var paper = PaperNumber().Match(title) is { Success: true } number ? number.Index : title.Length;
        var held = UnitsWithoutCho.Held(title, all, partial: false).Where(h => h.Start < paper).ToList();
        // "Báo cáo của Kho bạc", "Hải quan báo cáo …", "BV Sản Nhi", "VP Tỉnh ủy": a unit's short name, when only one unit's name runs so.
        held.AddRange(ShortUnitNames.In(title[..paper], all)
            .Where(s => s.Units.Count == 1 && !held.Any(h => h.Start < s.End && s.Start < h.End))
            .Select(s => (s.Units[0], s.Start, s.End)));
        return held.Count == 0 ? null : (held.Select(h => h.Unit).Distinct().ToList(), Without(title, held.Select(h => (h.Start, h.End))));
    }

    /// <summary>
    /// Words in the title that may name the units meant but not which ones: a group the bot does not know ("các đảng bộ
    /// doanh nghiệp", "một số đơn vị khối …"), or a short name several units' names run on ("Trường Cao đẳng"); null when none.
    /// </summary>
    /// <returns>The words, the title without them, and the units a short name may be (none for a group).</returns>
    public static (string Written, string Title, IReadOnlyList<Unit> Candidates)? Unclear(string title, IReadOnlyList<Unit> all)
    {
        var paper = PaperNumber().Match(title) is { Success: true } number ? number.Index : title.Length;
        if (GroupInTitle.In(title[..paper]) is { Group: null } group)
        {
            return (group.Written, Without(title, [(group.Start, group.End)]), []);
        }

        return ShortUnitNames.In(title[..paper], all).FirstOrDefault(s => s.Units.Count > 1) is { } several
            ? (several.Written, Without(title, [(several.Start, several.End)]), several.Units)
            : null;
    }

    /// <summary>A group the bot knows named in the title ("Báo cáo của các chi bộ về QCDC"), and the title without it.</summary>
    public static (UnitGroup Group, string Written, string Title)? Group(string title)
    {
        var paper = PaperNumber().Match(title) is { Success: true } number ? number.Index : title.Length;
        return GroupInTitle.In(title[..paper]) is { Group: { } known } found ? (known, found.Written, Without(title, [(found.Start, found.End)])) : null;
    }

    // The title with the units' words and the words leading to them out: "bc của NHNN về QCDC" → "bc về QCDC".
    private static string Without(string title, IEnumerable<(int Start, int End)> spans)
    {
        var marked = title;
        foreach (var (start, end) in spans.OrderByDescending(h => h.Start))
        {
            marked = marked[..start] + Mark + marked[end..];
        }

        var cleaned = Spaces().Replace(Around().Replace(Lists().Replace(marked, Mark.ToString()), " "), " ").Trim(' ', ',', ';', ':', '-', '.');
        return cleaned.Length > 0 ? char.ToUpperInvariant(cleaned[0]) + cleaned[1..] : title;
    }

    private const char Mark = '\u0001';

    // "TTRA, CTK", "Chi bo Thanh tra tinh va chi bo Cuc Thong ke": one list.
    [GeneratedRegex(@"\u0001(?:\s*(?:,|;|-|và|va)\s*\u0001)+", RegexOptions.IgnoreCase)]
    private static partial Regex Lists();

    // "yêu cầu … báo cáo", "đề nghị (các) … gửi bc", "bc của …", "Đ/B …", "… nộp bc": the words that only lead to or from the units.
    [GeneratedRegex(@"(?:(?:yêu cầu|yeu cau|đề nghị|de nghi)\s+)?(?:(?:các|cac)\s+)?(?:(?:của|cua|cho)\s+)?(?:(?:[đdc]\s*[./]\s*(?:bộ|bo|b)|đu|du)\s+)?\u0001(?:\s+(?:nộp|nop|gửi|gui)(?=\s))?", RegexOptions.IgnoreCase)]
    private static partial Regex Around();

    [GeneratedRegex(@"\d+\s*-\s*[\p{Lu}\p{N}]+/")]
    private static partial Regex PaperNumber();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
