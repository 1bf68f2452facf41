namespace QcdcBot.Bot.Text;

/// <summary>
/// Whether two deadline titles name the same paper: "Báo cáo tự kiểm tra QCDC" and "báo cáo tự kiểm tra quy chế
/// dân chủ nhé" do; "Kế hoạch QCDC năm 2024" and "Báo cáo QCDC năm 2024" (another kind of paper) or "… năm 2025"
/// (another number) do not.
/// </summary>
internal static partial class TitleSimilarity
{
    /// <summary>Share of words two titles must have in common (Dice coefficient) to be near-same.</summary>
    public const double Threshold = 0.8;

    // Words that carry no meaning in a title typed in chat.
    private static readonly HashSet<string> Filler = ["nhe", "va", "cua", "ve", "cac", "viec", "thuc", "hien", "o", "co", "so"];

    private static readonly string[] Kinds = ["ke hoach", "bao cao", "dang ky", "danh sach", "tong ket", "so ket"];

    // Papers told apart when comparing two titles, the kinds above and a data table: "Bảng tổng hợp số liệu QCDC" is no
    // "Kế hoạch thực hiện QCDC". (A caption's kinds, <see cref="Contradicts"/>, stay the ones above.)
    private static readonly string[] PaperKinds = [.. Kinds, "bang tong hop", "so lieu"];

    // The topic of every deadline here ("QCDC", "Quy chế dân chủ (ở cơ sở)"): sharing it says nothing of the paper.
    private static readonly string[] Topic = ["quy", "che", "dan", "chu"];

    public static bool AreNearSame(string a, string b)
    {
        var (wordsA, numbersA, kindA) = Read(a);
        var (wordsB, numbersB, kindB) = Read(b);
        var (yearsA, yearsB) = (numbersA.Where(IsYear).ToHashSet(), numbersB.Where(IsYear).ToHashSet());
        if (yearsA.Count == 0 || yearsB.Count == 0)
        {
            // "Báo cáo công tác Dân vận năm 2026" and "Báo cáo công tác dân vận" due the same day to the same units are
            // one paper: a year only one title writes is no difference ("năm 2025" against "năm 2026" still is).
            numbersA.ExceptWith(yearsA);
            numbersB.ExceptWith(yearsB);
            if (yearsA.Count + yearsB.Count > 0)
            {
                wordsA.Remove("nam");
                wordsB.Remove("nam");
            }
        }

        if (kindA != kindB || !numbersA.SetEquals(numbersB))
        {
            return false;
        }

        // "QCDC" ("Quy chế dân chủ ở cơ sở") is the topic of every deadline here, not the paper: "Kế hoạch tuyên truyền
        // QCDC" is not "Kế hoạch thực hiện Quy chế dân chủ ở cơ sở năm 2026".
        wordsA.ExceptWith(Topic);
        wordsB.ExceptWith(Topic);
        // Words beyond the kind of paper on one side only name a paper the other does not: "Kế hoạch R" is not "Kế hoạch O".
        string[] bare = [.. (kindA ?? string.Empty).Split(' '), "nam"];
        if (wordsA.Except(bare).Any() != wordsB.Except(bare).Any())
        {
            return false;
        }

        if (wordsA.Count + wordsB.Count == 0)
        {
            return true;
        }

        // Most words in common, and a word only one side has is tolerated only in long titles: "Báo cáo A" and
        // "Báo cáo B" are two papers, "… tự kiểm tra QCDC" with or without "năm nay" the same one.
        var common = wordsA.Count(wordsB.Contains);
        var onlyA = wordsA.Count - common;
        var onlyB = wordsB.Count - common;
        var tolerated = Math.Min(wordsA.Count, wordsB.Count) >= 5 ? 1 : 0;
        return 2.0 * common / (wordsA.Count + wordsB.Count) >= Threshold && Math.Min(onlyA, onlyB) <= tolerated;
    }

    /// <summary>
    /// Looser than <see cref="AreNearSame"/>, for deadlines due near each other for the same or overlapping units: the
    /// shorter title's words, without what only dresses a title ("xây dựng", the kind of paper, "năm"), are all in the
    /// longer one's: "Bao cao tu kiem tra giam sat" beside "Xây dựng báo cáo tự kiểm tra, giám sát việc thực hiện QCDC".
    /// Another kind of paper, another number or another year is never similar.
    /// </summary>
    public static bool AreSimilar(string a, string b)
    {
        if (AreNearSame(a, b))
        {
            return true;
        }

        var (wordsA, numbersA, kindA) = Read(a);
        var (wordsB, numbersB, kindB) = Read(b);
        var (yearsA, yearsB) = (numbersA.Where(IsYear).ToHashSet(), numbersB.Where(IsYear).ToHashSet());
        if ((kindA is not null && kindB is not null && kindA != kindB)
            || (yearsA.Count > 0 && yearsB.Count > 0 && !yearsA.SetEquals(yearsB))
            || !numbersA.Except(yearsA).ToHashSet().SetEquals(numbersB.Except(yearsB)))
        {
            return false;
        }

        var dress = (kindA ?? kindB ?? string.Empty).Split(' ').Concat(Dress).ToHashSet(StringComparer.Ordinal);
        var (x, y) = (wordsA.Except(dress).ToHashSet(), wordsB.Except(dress).ToHashSet());
        // "QCDC" alone is no likeness: "Xây dựng kế hoạch tự kiểm tra QCDC" is not "Kế hoạch thực hiện Quy chế dân chủ ở
        // cơ sở năm 2026". It is compared only when neither title has words of its own beside it.
        var (ownX, ownY) = (x.Except(Topic).ToHashSet(), y.Except(Topic).ToHashSet());
        if (ownX.Count + ownY.Count > 0)
        {
            (x, y) = (ownX, ownY);
        }

        var (shorter, longer) = x.Count <= y.Count ? (x, y) : (y, x);
        // The same words once dressing is off ("Kế hoạch công tác 2027", "Xây dựng kế hoạch công tác năm 2027"), or a
        // shorter title of three words or more inside the longer.
        return (shorter.Count > 0 && shorter.SetEquals(longer)) || (shorter.Count >= 3 && shorter.IsSubsetOf(longer));
    }

    // Words that dress a title without naming the paper: "Xây dựng báo cáo …", "… năm 2026", "gửi về …".
    private static readonly string[] Dress = ["xay", "dung", "nam", "gui", "nop", "lai"];

    /// <summary>
    /// A caption that names another paper than this title: another kind ("báo cáo" for a "kế hoạch") or a period the
    /// title does not have ("6 tháng", "quý III", "năm 2025"). A caption that names no kind or period contradicts nothing.
    /// </summary>
    public static bool Contradicts(string caption, string title)
    {
        // "tk năm" names "Báo cáo tổng kết năm": a kind the title holds anywhere is no other kind of paper.
        var captionKinds = KindsIn(caption);
        var titleKinds = KindsIn(title);
        if (captionKinds.Count > 0 && titleKinds.Count > 0 && !captionKinds.Overlaps(titleKinds))
        {
            return true;
        }

        // "bc so ket" for "Báo cáo tự kiểm tra": the shared "báo cáo" says little; a "sơ kết" or "tổng kết" the title
        // lacks names another paper.
        if (titleKinds.Count > 0 && captionKinds.Any(k => k is "so ket" or "tong ket" && !titleKinds.Contains(k)))
        {
            return true;
        }

        var titlePeriods = Periods(title);
        return Periods(caption).Any(p => !titlePeriods.Contains(p));
    }

    private static HashSet<string> KindsIn(string text)
    {
        var spaced = " " + Spelled(text) + " ";
        return Kinds.Where(k => spaced.Contains($" {k} ", StringComparison.Ordinal)).ToHashSet(StringComparer.Ordinal);
    }

    private static HashSet<string> Periods(string text)
    {
        var folded = Spelled(text);
        return PeriodPattern().Matches(folded).Select(m => m.Value.Replace(" ", string.Empty, StringComparison.Ordinal) switch
        {
            var q when q.StartsWith("quy", StringComparison.Ordinal) => "quy" + Quarter(q[3..]),
            var y when y.StartsWith("nam", StringComparison.Ordinal) => y[3..],
            var other => other,
        }).ToHashSet(StringComparer.Ordinal);
    }

    private static string Quarter(string q) => q switch
    {
        "i" => "1",
        "ii" => "2",
        "iii" => "3",
        "iv" => "4",
        _ => q,
    };

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<![\p{L}\p{N}])(?:[0-9]{1,2}\s*thang|quy\s*(?:iv|i{1,3}|[1-4])|nam\s*[0-9]{4}|[0-9]{4})(?![\p{L}\p{N}])")]
    private static partial System.Text.RegularExpressions.Regex PeriodPattern();

    private static (HashSet<string> Words, HashSet<string> Numbers, string? Kind) Read(string title)
    {
        // "QCDC" and "Quy chế dân chủ (ở cơ sở)", "bc 6th" and "báo cáo 6 tháng" are the same words.
        var tokens = Spelled(title).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var spaced = " " + string.Join(' ', tokens) + " ";
        // The paper a title names first is its kind: "Số liệu báo cáo kết quả …" is a data table, not the report.
        var kind = PaperKinds.Select(k => (Kind: k, At: spaced.IndexOf($" {k} ", StringComparison.Ordinal))).Where(k => k.At >= 0)
            .OrderBy(k => k.At).Select(k => k.Kind).FirstOrDefault();
        var numbers = tokens.Where(t => t.All(char.IsAsciiDigit)).Select(t => t.TrimStart('0')).ToHashSet(StringComparer.Ordinal);
        // "sơ kết", "tổng kết" are one word each: "sơ" is no filler there, and "Báo cáo sơ kết" shares no word with
        // "Báo cáo kết quả" nor "Báo cáo tổng kết" but the kind of paper.
        var words = tokens.Select((t, i) => t is "so" or "tong" && i + 1 < tokens.Length && tokens[i + 1] == "ket" ? t + "ket" : t)
            .Where((t, i) => !(t == "ket" && i > 0 && tokens[i - 1] is "so" or "tong"))
            .Where(t => !t.All(char.IsAsciiDigit) && !Filler.Contains(t)).ToHashSet(StringComparer.Ordinal);
        return (words, numbers, kind);
    }

    private static bool IsYear(string number) => number.Length == 4 && number[0] is '1' or '2';

    private static string Spelled(string text) =>
        Shorthand.Expand(string.Join(' ', VietnameseText.Fold(text).Split(Separators, StringSplitOptions.RemoveEmptyEntries)));

    private static readonly char[] Separators = [' ', ',', '.', ';', ':', '-', '–', '(', ')', '/', '"', '!', '?', '\n', '\'', '“', '”'];
}
