using System.Text.RegularExpressions;
using QcdcBot.Bot.Conversation.Deadlines;
using QcdcBot.Bot.Text;
using QcdcBot.Storage.Deadlines;
using QcdcBot.Storage.Text;
using QcdcBot.Storage.Units;

namespace QcdcBot.Bot.Conversation.Scope;

/// <summary>A group of units as the office names it: every unit, the grassroots ones, or one kind.</summary>
internal sealed record UnitGroup(DeadlineScope Scope, UnitKind? Kind)
{
    public bool Covers(Unit unit) => Deadline.Covers(Scope, Kind, [], unit);

    /// <summary>"tất cả đơn vị", "chi, đảng bộ cơ sở", "các chi bộ".</summary>
    public string Named => Scope switch
    {
        DeadlineScope.All => "tất cả đơn vị",
        DeadlineScope.Grassroots => "chi, đảng bộ cơ sở",
        _ => $"các {Kind!.Value.Display()}",
    };
}

/// <summary>
/// The one reader of the phrases that name groups of units and take units or groups out of them, for /giao and for
/// letters alike. "tất cả (các) đơn vị", "toàn bộ đơn vị", "toàn khối" are every unit in the store (đoàn thể included,
/// the office's own word for everyone); "các chi, đảng bộ cơ sở" the grassroots units; "các chi bộ", "các đảng bộ cơ
/// sở", "các đoàn thể khối" one kind; with or without diacritics. How a unit's own name is matched is the caller's.
/// </summary>
internal static partial class UnitGroupPhrases
{
    /// <summary>The words that take units out of a scope, on folded text: "trừ", "ngoại trừ", "không kể", "không gồm".</summary>
    public const string ExcludingWords = @"(?:ngoai\s+tru|tru\s+ra|tru|khong\s+bao\s+gom|khong\s+gom|khong\s+ke)(?![\p{L}\p{N}])";

    /// <summary>A phrase that is wholly one group ("tất cả các chi bộ", "tat ca chi, dang bo co so"); null otherwise.</summary>
    public static UnitGroup? Whole(string text)
    {
        var folded = Squeezed(VietnameseFold.Fold(text).Trim(' ', '.', ',', ';', ':'));
        foreach (var every in (ReadOnlySpan<string>)["tat ca ", "toan bo "])
        {
            // "tất cả các chi, đảng bộ cơ sở", "tất cả các chi bộ": every unit of the group named.
            if (folded.StartsWith(every, StringComparison.Ordinal) && Whole(folded[every.Length..]) is { } group)
            {
                return group;
            }
        }

        foreach (var prefix in (ReadOnlySpan<string>)["chi cac ", "rieng cac ", "chi ", "rieng ", "cac "])
        {
            if (folded.StartsWith(prefix, StringComparison.Ordinal) && folded.Length > prefix.Length && !folded.StartsWith("chi bo", StringComparison.Ordinal) && !folded.StartsWith("chi,", StringComparison.Ordinal) && !folded.StartsWith("chi dang", StringComparison.Ordinal))
            {
                folded = folded[prefix.Length..];
                break;
            }
        }

        foreach (var suffix in (ReadOnlySpan<string>)[" truc thuoc", " khoi"])
        {
            if (folded.EndsWith(suffix, StringComparison.Ordinal))
            {
                folded = folded[..^suffix.Length];
            }
        }

        if (GrassrootsWhole().IsMatch(folded))
        {
            // "chi và đảng bộ cơ sở", "chi bộ, đảng bộ trực thuộc": as letters read them.
            return new UnitGroup(DeadlineScope.Grassroots, null);
        }

        switch (folded)
        {
            case "":
            case "co so":
            case "chi, dang bo co so":
            case "chi dang bo co so":
            case "chi, dang bo":
            case "dang bo, chi bo":
            case "dang bo, chi bo co so":
            case "to chuc co so dang":
                return new UnitGroup(DeadlineScope.Grassroots, null);
            case "tat ca":
            case "tat ca don vi":
            case "tat ca cac don vi":
            case "toan bo don vi":
            case "toan bo cac don vi":
            case "moi don vi":
            case "toan khoi":
            case "toan": // "toàn khối" once " khối" is taken off above
                return new UnitGroup(DeadlineScope.All, null);
        }

        var kindText = folded.EndsWith(" co so", StringComparison.Ordinal) ? folded[..^6] : folded;
        kindText = kindText.StartsWith("to chuc ", StringComparison.Ordinal) ? kindText[8..] : kindText;
        return UnitKinds.TryParse(kindText, out var kind) ? new UnitGroup(DeadlineScope.Kind, kind) : null;
    }

    /// <summary>
    /// A list split into the groups it names and the rest (names or codes of units, for the caller to match): "các
    /// đoàn thể khối, NHNN và SYT" gives the đoàn thể and ["NHNN", "SYT"]. The longest run of pieces that names one group
    /// is taken first, since "chi, đảng bộ cơ sở" holds a comma of its own.
    /// </summary>
    public static (IReadOnlyList<(UnitGroup Group, string Written)> Groups, IReadOnlyList<string> Names) Split(string text)
    {
        var pieces = UnitList.Pieces(text);
        var groups = new List<(UnitGroup, string)>();
        var rest = new List<string>();
        for (var from = 0; from < pieces.Count;)
        {
            var taken = 0;
            for (var to = pieces.Count; to > from && taken == 0; to--)
            {
                if (Whole(UnitList.Join(pieces, from, to)) is { } group)
                {
                    groups.Add((group, UnitList.Join(pieces, from, to)));
                    taken = to - from;
                }
            }

            if (taken == 0)
            {
                rest.Add(pieces[from].Text);
                taken = 1;
            }

            from += taken;
        }

        return (groups, rest);
    }

    /// <summary>
    /// A scope less the groups and units taken out of it: the units kept, the ones taken out, and the sum as the office
    /// writes it, "77 − 3 = 74 đơn vị (tất cả đơn vị, trừ các đoàn thể)"; just "74 đơn vị (…)" when nothing was taken out.
    /// </summary>
    /// <param name="named">How the scope is named ("các chi bộ", "các đơn vị đã kể").</param>
    /// <param name="takenOutNames">How each unit taken out is shown; the names not matched follow them.</param>
    public static (List<long> Kept, List<Unit> Left, string Note) Less(IReadOnlyList<Unit> all, Func<Unit, bool> inScope, string named, IEnumerable<UnitGroup> groupsOut, IReadOnlyCollection<long> unitsOut, Func<Unit, string> shown, IEnumerable<string>? notFound = null) =>
        Less(all, inScope, named, groupsOut.Distinct().Select(g => ((Func<Unit, bool>)g.Covers, g.Named)), unitsOut, shown, notFound);

    /// <param name="groupsOut">Each group taken out, as a test on a unit and its name: a kind, or units told by a tag.</param>
    public static (List<long> Kept, List<Unit> Left, string Note) Less(IReadOnlyList<Unit> all, Func<Unit, bool> inScope, string named, IEnumerable<(Func<Unit, bool> Covers, string Named)> groupsOut, IReadOnlyCollection<long> unitsOut, Func<Unit, string> shown, IEnumerable<string>? notFound = null)
    {
        var groups = groupsOut.ToList();
        var scope = all.Where(inScope).ToList();
        var left = scope.Where(u => unitsOut.Contains(u.Id) || groups.Any(g => g.Covers(u))).ToList();
        var kept = scope.Except(left).Select(u => u.Id).ToList();
        var singles = left.Where(u => !groups.Any(g => g.Covers(u))).Select(shown);
        var what = groups.Select(g => g.Named).Concat(singles).Concat((notFound ?? []).Select(n => $"\"{n}\"")).ToList();
        // Past ten, the names would fill the screen: the first five, and how many more.
        var said = what.Count <= 10 ? string.Join(", ", what) : $"{string.Join(", ", what.Take(5))} và {what.Count - 5} đơn vị khác";
        // Nothing of the scope taken out (a group it does not hold, a name not matched): "74 đơn vị (…)", not "74 − 0 = 74".
        return (kept, left, $"{(left.Count > 0 ? $"{scope.Count} − {left.Count} = " : string.Empty)}{kept.Count} đơn vị ({named}, trừ {said})");
    }

    /// <summary>
    /// "tất cả các đơn vị", "toàn bộ đơn vị" written anywhere in a sentence (not followed by a kind: "tất cả các chi bộ"
    /// is the chi bộ). Every unit in the store. Not "toàn khối", which a letter's topic often holds ("tư tưởng trong toàn khối").
    /// </summary>
    public static bool NamesEveryUnit(string folded) => EveryUnit().IsMatch(folded);

    /// <summary>Where <see cref="NamesEveryUnit"/> finds its phrase first, or null.</summary>
    public static int? EveryUnitAt(string folded) => EveryUnit().Match(folded) is { Success: true } m ? m.Index : null;

    /// <summary>
    /// "Các đơn vị được kiểm tra năm 2025", "các đơn vị chưa nộp", "những đơn vị có trong kế hoạch giám sát", "các chi,
    /// đảng bộ cơ sở chưa thực hiện": a group
    /// qualified by something the bot cannot know;
    /// the phrase as folded, or null. Never a whole group silently: the caller asks which units.
    /// </summary>
    public static (int Start, int Length)? Qualified(string folded) =>
        QualifiedRegex().Match(folded) is { Success: true } m ? (m.Index, m.Length) : null;

    private static string Squeezed(string folded) => Spaces().Replace(folded, " ");

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex("^" + GroupWording.Grassroots + "$", RegexOptions.CultureInvariant)]
    private static partial Regex GrassrootsWhole();

    [GeneratedRegex(@"(?<!\p{L})(?:tat\s+ca|toan\s+bo)\s+(?:cac\s+)?don\s+vi(?!\p{L})", RegexOptions.CultureInvariant)]
    private static partial Regex EveryUnit();

    // "các đơn vị" or a group ("các chi, đảng bộ cơ sở", "các chi bộ") and a qualifier the store does not hold, to the
    // verb, the date words or the end of the cell: "các chi bộ chưa thực hiện tiếp tục đăng ký" is qualified to "hiện".
    // "tham gia" qualifies only "các đơn vị": after a group it is the verb ("các chi, đảng bộ cơ sở tham gia với …").
    // "các đơn vị hành chính sự nghiệp": a kind of unit the store does not tell.
    // "có trong", "trong", "thuộc", "theo danh sách" a plan or a list narrow the group too; not the whole Khối ("các đơn
    // vị trong Khối", "thuộc Đảng bộ Khối") nor a time ("các chi bộ trong tháng 12 …"). "có từ 100 đảng viên",
    // "12 đơn vị chưa gửi", "đơn vị nào chưa gửi" narrow a group too; "khẩn trương" after it is how to send, not who.
    private const string Qualifiers = @"(?:duoc|da|chua|bi|co\s+ten|co\s+trong|co(?:\s+(?:tu|tren|duoi|it\s+nhat))?(?=\s+[0-9])|nam\s+trong|theo\s+danh\s+sach|thuoc(?!\s+(?:toan\s+)?(?:dang\s+(?:bo|uy)\s+)?khoi(?!\p{L}))" +
                                      @"|trong(?!\s+(?:(?:toan\s+)?(?:dang\s+(?:bo|uy)\s+)?khoi|thang|nam|quy|tuan|ngay|thoi\s+gian|dip|ky)(?!\p{L})))";

    [GeneratedRegex(@"(?<!\p{L})(?:(?:cac|nhung|[0-9]+)\s+(?:don\s+vi\s+(?:tham\s+gia|hanh\s+chinh|su(?=\s+nghiep)|" + Qualifiers + @")|(?:" + GroupWording.Grassroots + @"|(?:chi|dang)\s+bo(?:\s+(?:co\s+so|truc\s+thuoc))?|(?:to\s+chuc\s+)?doan\s+the(?:\s+khoi)?)\s+" + Qualifiers + @")|(?:don\s+vi|chi\s+bo|dang\s+bo)\s+nao\s+(?:chua|da|co|khong|duoc))\s+[^\s,;:.()]+[^\t\n,;:.()]*?(?=\s+(?:gui|nop|bao\s+cao|hoan\s+thanh|thuc\s+hien|xay\s+dung|truoc|cham\s+nhat|han|khac\s+phuc|tiep\s+tuc|dang\s+ky|khan\s+truong)(?!\p{L})|\s*[\t\n,;:.()]|\s*$)", RegexOptions.CultureInvariant)]
    private static partial Regex QualifiedRegex();
}
