using System.Text.RegularExpressions;
using QcdcBot.Storage.Text;
using QcdcBot.Storage.Units;

namespace QcdcBot.Bot.Conversation.Deadlines;

/// <summary>
/// A unit named the short way the office writes it, inside other words: the word its name starts with once the "Đảng
/// bộ"/"Chi bộ" is off ("Kho bạc", "Hải quan", "Sở …", "Bệnh viện …", "Văn phòng …"), or its short form ("BV Sản Nhi",
/// "VP Tỉnh ủy", "Sở GD&amp;ĐT"), and the words after it as long as they run on in a unit's name. "Kho bạc" is in one name
/// only (KBNN); "Trường Cao đẳng" in three: which one is for the office to say. Words a topic shares with a name ("công tác
/// thanh tra", "y tế học đường", "bảo hiểm y tế") start no unit's name this way, so they name none.
/// </summary>
internal static partial class ShortUnitNames
{
    /// <param name="Units">The units whose name holds the words: one, or several when the office must say which.</param>
    /// <param name="Written">The words as written ("Kho bac", "BV San Nhi").</param>
    public sealed record Found(IReadOnlyList<Unit> Units, int Start, int End, string Written);

    // The phone's and the letters' short forms of the words that start a unit's name.
    private static readonly Dictionary<string, string[]> Expanded = new(StringComparer.Ordinal)
    {
        ["bv"] = ["benh", "vien"],
        ["vp"] = ["van", "phong"],
        ["gd&dt"] = ["giao", "duc", "va", "dao", "tao"],
        ["gddt"] = ["giao", "duc", "va", "dao", "tao"],
        ["kb"] = ["kho", "bac"],
        ["hq"] = ["hai", "quan"],
        ["nh"] = ["ngan", "hang"],
        ["cty"] = ["cong", "ty"],
        ["tu"] = ["tinh", "uy"],
        ["ubnd"] = ["uy", "ban", "nhan", "dan"],
        ["nn&ptnt"] = ["nong", "nghiep", "va", "phat", "trien", "nong", "thon"],
        ["kh&dt"] = ["ke", "hoach", "va", "dau", "tu"],
        ["tt&tt"] = ["thong", "tin", "va", "truyen", "thong"],
        ["ldtbxh"] = ["lao", "dong", "thuong", "binh", "va", "xa", "hoi"],
        ["vh"] = ["van", "hoa"],
    };

    // The first words of a unit's own name: a unit is named by one of these and what follows it in that name; the
    // generic ones ("Văn phòng", "Ngân hàng", "Sở") only with a word of the name after them: "nộp về Văn phòng" is where the
    // paper goes, no unit.
    private static readonly string[][] Heads = [["kho", "bac"], ["hai", "quan"], ["buu", "dien"], ["vien", "kiem", "sat"]];

    private static readonly string[][] GenericHeads =
    [
        ["so"], ["cuc"], ["chi", "cuc"], ["benh", "vien"], ["van", "phong"], ["ngan", "hang"], ["truong"], ["cong", "ty"],
        ["trung", "tam"], ["dai", "phat", "thanh"],
    ];

    /// <summary>Every unit (or set of units) the text names the short way, in the order written.</summary>
    public static IReadOnlyList<Found> In(string text, IReadOnlyList<Unit> all)
    {
        var names = all.Select(u => (Unit: u, Words: NameWords(u.Name))).ToList();
        var tokens = Token().Matches(text);
        // Each written word's expansion, and which written word each expanded word came from.
        var words = new List<string>();
        var from = new List<int>();
        for (var t = 0; t < tokens.Count; t++)
        {
            var folded = VietnameseFold.Fold(tokens[t].Value).ToLowerInvariant();
            foreach (var word in Expanded.TryGetValue(folded, out var longer) ? longer : folded.Split('&', StringSplitOptions.RemoveEmptyEntries))
            {
                words.Add(word);
                from.Add(t);
            }
        }

        var found = new List<Found>();
        for (var i = 0; i < words.Count; i++)
        {
            var head = Heads.FirstOrDefault(h => Starts(words, i, h)) is { } whole ? whole.Length
                : GenericHeads.FirstOrDefault(h => Starts(words, i, h)) is { } generic ? generic.Length + 1 : 0;
            if ((i > 0 && from[i] == from[i - 1]) || head == 0)
            {
                continue;
            }

            // The longest run from here that a unit's name holds in a row ("Kho bạc", "Sở Y tế", "BV Sản Nhi").
            for (var end = Math.Min(words.Count, i + 12); end >= i + Math.Max(2, head); end--)
            {
                if (end < words.Count && from[end] == from[end - 1])
                {
                    continue; // never half of a short form
                }

                var run = words.GetRange(i, end - i);
                var holders = names.Where(n => InRow(n.Words, run)).Select(n => n.Unit).ToList();
                if (holders.Count > 0)
                {
                    var start = tokens[from[i]].Index;
                    var last = tokens[from[end - 1]];
                    found.Add(new Found(holders, start, last.Index + last.Length, text[start..(last.Index + last.Length)]));
                    i = end - 1;
                    break;
                }
            }
        }

        return found;
    }

    private static bool Starts(List<string> words, int i, string[] head) =>
        i + head.Length <= words.Count && head.Select((w, k) => words[i + k] == w).All(same => same);

    private static bool InRow(string[] name, List<string> run)
    {
        for (var start = 0; start + run.Count <= name.Length; start++)
        {
            if (run.Select((w, k) => name[start + k] == w).All(same => same))
            {
                return true;
            }
        }

        return false;
    }

    private static string[] NameWords(string name) =>
        Token().Matches(VietnameseFold.Fold(name).ToLowerInvariant()).Select(m => m.Value).ToArray();

    [GeneratedRegex(@"[\p{L}\p{N}]+(?:&[\p{L}\p{N}]+)*")]
    private static partial Regex Token();
}
