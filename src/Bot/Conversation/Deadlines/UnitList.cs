using System.Text.RegularExpressions;

namespace QcdcBot.Bot.Conversation.Deadlines;

/// <summary>
/// A list of units as the office types or pastes it: names and codes separated by ";", ",", "và" or line breaks, mixed as letters
/// mix them ("Ban Quản lý các khu công nghiệp tỉnh Yên Bái; Cục Thống kê tỉnh Yên Bái, Trường Cao đẳng Yên Bái").
/// A separator inside a name ("Sở Lao động - Thương binh và Xã hội", "Sở Văn hóa, Thể thao và Du lịch") stays in it:
/// the longest run of pieces that names one unit is taken first.
/// </summary>
internal static partial class UnitList
{
    /// <summary>The pieces between separators, each with the separator before it (empty for the first).</summary>
    public static IReadOnlyList<(string Separator, string Text)> Pieces(string text)
    {
        var pieces = new List<(string, string)>();
        var separator = string.Empty;
        var at = 0;
        foreach (Match m in Separator().Matches(text))
        {
            Add(text[at..m.Index]);
            separator = m.Value;
            at = m.Index + m.Length;
        }

        Add(text[at..]);
        return pieces;

        void Add(string piece)
        {
            // A list pasted one unit a line may bullet them: "- NHNN", "+ SYT", "• CTK".
            piece = piece.Trim().TrimStart('-', '–', '+', '•', '*').Trim();
            if (piece.Length > 0)
            {
                pieces.Add((pieces.Count == 0 ? string.Empty : separator, piece));
            }
        }
    }

    /// <summary>Pieces <paramref name="from"/> to <paramref name="to"/> (exclusive) as they were written, separators kept.</summary>
    public static string Join(IReadOnlyList<(string Separator, string Text)> pieces, int from, int to) =>
        string.Concat(Enumerable.Range(from, to - from).Select(i => (i == from ? string.Empty : pieces[i].Separator) + pieces[i].Text)).Trim();

    // ";", ",", a line break, "và"/"va" between words and a dash with spaces round it ("NHNN - SYT - TTRA"); a name may
    // hold any of them (see Pieces' callers).
    [GeneratedRegex(@"\s*[;,]\s*|\s*\n\s*|\s+(?:và|va|Và|Va|VÀ|VA)\s+|\s+[-–]\s+")]
    private static partial Regex Separator();
}
