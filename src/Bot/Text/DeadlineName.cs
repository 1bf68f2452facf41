using QcdcBot.Storage.Text;

namespace QcdcBot.Bot.Text;

/// <summary>
/// Whether the words a person typed name a deadline's title: every word that carries meaning is found in the title
/// (as the start of one of its words, without diacritics), shorthand read as the office writes it ("bc 6 thang"
/// names "Báo cáo 6 tháng đầu năm"), and the little words of a chat sentence ("cho", "nhé", "em gửi") are not
/// required. Every place a deadline is named by words uses this, so a name works the same in every command.
/// </summary>
internal static class DeadlineName
{
    // Words of a chat sentence around a deadline's name; they may be in the title, they need not be.
    private static readonly HashSet<string> Optional = new(StringComparer.Ordinal)
    {
        "cho", "viec", "nhe", "nha", "a", "ah", "ak", "oi", "nop", "file", "tep", "gui", "em", "cua", "ve", "cai", "bai",
        "nay", "voi", "giup", "dum", "minh", "xin", "thi", "ne", "de", "la", "lai", "va", "han", "ma", "roi", "vay",
    };

    // The words a deadline's name starts with when it stands inside a sentence: the kind of paper, in full or short.
    private static readonly string[] KindStarts =
    [
        "bao cao", "ke hoach", "tong ket", "so ket", "danh sach", "dang ky", "bien ban", "chuong trinh", "nghi quyet", "huong dan",
        "to trinh", "quy che", "bc", "kh", "tk", "sk", "ds", "dk", "bb", "nq", "qcdc",
    ];

    /// <summary>
    /// Where a deadline's name may start inside a sentence ("đang làm bc 6t", "em gửi rồi kế hoạch QCDC ạ"): the
    /// indexes of the words that open a kind of paper.
    /// </summary>
    public static IReadOnlyList<int> NameStarts(IReadOnlyList<string> words)
    {
        var starts = new List<int>();
        for (var i = 0; i < words.Count; i++)
        {
            var one = VietnameseFold.Fold(words[i]).Trim(',', '.', '!', '?', ':', ';', '"');
            var two = i + 1 < words.Count ? one + " " + VietnameseFold.Fold(words[i + 1]).Trim(',', '.', '!', '?', ':', ';', '"') : one;
            if (KindStarts.Contains(one) || KindStarts.Contains(two))
            {
                starts.Add(i);
            }
        }

        return starts;
    }

    // The short forms the office writes for a kind of paper, spelled out, so "kh" and "kế hoạch" are one kind.
    private static readonly Dictionary<string, string> ShortKinds = new(StringComparer.Ordinal)
    {
        ["bc"] = "bao cao", ["kh"] = "ke hoach", ["tk"] = "tong ket", ["sk"] = "so ket", ["ds"] = "danh sach", ["dk"] = "dang ky", ["bb"] = "bien ban", ["nq"] = "nghi quyet",
    };

    /// <summary>The first kind of paper the words name, folded and spelled out ("kh 2027" → "ke hoach"), or null.</summary>
    public static string? KindOf(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        foreach (var start in NameStarts(words))
        {
            var one = VietnameseFold.Fold(words[start]).Trim(',', '.', '!', '?', ':', ';', '"');
            var two = start + 1 < words.Length ? one + " " + VietnameseFold.Fold(words[start + 1]).Trim(',', '.', '!', '?', ':', ';', '"') : one;
            var kind = KindStarts.Contains(two) ? two : one;
            if (kind != "qcdc")
            {
                return ShortKinds.GetValueOrDefault(kind, kind);
            }
        }

        return null;
    }

    // The words of the kinds of paper: a name of these alone ("bc", "báo cáo") says what kind, not which one.
    private static readonly HashSet<string> KindWords = new(
        KindStarts.Where(k => k != "qcdc").SelectMany(k => k.Split(' ')), StringComparer.Ordinal);

    /// <summary>
    /// True when the words are one kind of paper and little words ("bc", "báo cáo nhé"): they name no particular
    /// deadline. Two kinds ("bc so ket", "báo cáo tổng kết") name a narrower paper, so they are more than a kind word.
    /// </summary>
    public static bool IsKindOnly(IEnumerable<string> words)
    {
        var meaningful = words.Select(w => VietnameseFold.Fold(w).Trim(',', '.', '!', '?', ':', ';', '"')).Where(w => w.Length > 0 && !Optional.Contains(w)).ToList();
        return meaningful.All(KindWords.Contains) && (meaningful.Count == 0 || KindStarts.Contains(string.Join(' ', meaningful)));
    }

    /// <summary>A little word of a chat sentence that a name need not contain ("nhé", "cho", "em").</summary>
    public static bool IsOptional(string word) => Optional.Contains(VietnameseFold.Fold(word).Trim(',', '.', '!', '?', ':', ';'));

    /// <summary>The title's words as matching sees them: folded, shorthand and Roman quarters spelled out, the raw words kept too.</summary>
    public static HashSet<string> TitleWords(string title)
    {
        var raw = Split(VietnameseFold.Fold(title));
        var words = new HashSet<string>(raw, StringComparer.Ordinal);
        foreach (var word in raw)
        {
            foreach (var reading in Shorthand.Readings(word))
            {
                words.UnionWith(reading);
            }
        }

        words.UnionWith(Shorthand.RomanQuarters(raw));
        return words;
    }

    /// <summary>True when <paramref name="query"/> names <paramref name="title"/>; a query of little words only names nothing.</summary>
    public static bool Names(string query, string title) => Names(Split(VietnameseFold.Fold(query)), TitleWords(title));

    /// <summary>The query's words, folded, for <see cref="Names(IReadOnlyList{string}, HashSet{string})"/> over many titles.</summary>
    public static IReadOnlyList<string> QueryWords(string query) => Shorthand.RomanQuarters(Split(VietnameseFold.Fold(query)));

    public static bool Names(IReadOnlyList<string> queryWords, HashSet<string> titleWords)
    {
        var required = 0;
        foreach (var word in queryWords)
        {
            var found = Shorthand.Readings(word).Any(reading => reading.All(w => Has(titleWords, w))) || titleWords.Contains(word);
            if (!Optional.Contains(word))
            {
                required++;
                if (!found)
                {
                    return false;
                }
            }
        }

        return required > 0;
    }

    /// <summary>
    /// The title says exactly what was typed, nothing more ("Báo cáo 6 tháng" among "Báo cáo 6 tháng đầu năm"): the
    /// meaningful words of both, spelled out, are the same.
    /// </summary>
    public static bool IsWhole(string query, string title) =>
        Meaningful(Shorthand.Expand(VietnameseFold.Fold(query))) == Meaningful(Shorthand.Expand(VietnameseFold.Fold(title)));

    private static string Meaningful(string expanded) =>
        string.Join(' ', Split(expanded).Where(w => !Optional.Contains(w)));

    // A number is a whole number ("quý 2" is not "2025"); a word may be the start of a title word ("bao cao tu kiem").
    private static bool Has(HashSet<string> titleWords, string word) =>
        titleWords.Contains(word) || (!word.All(char.IsAsciiDigit) && titleWords.Any(t => t.StartsWith(word, StringComparison.Ordinal)));

    private static string[] Split(string folded) =>
        folded.Split([' ', ',', '-', '(', ')', '.', '/', ':', ';', '"', '!', '?', '\n', '“', '”', '\''], StringSplitOptions.RemoveEmptyEntries);
}
