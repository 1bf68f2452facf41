using QcdcBot.Bot.Text;
using QcdcBot.Storage.Deadlines;

namespace QcdcBot.Bot.Conversation.Submissions;

/// <summary>What a secretary's words say about which open deadline they mean.</summary>
/// <param name="Named">The deadline the words name, or the several they name ("bc 6 tháng và kh 2027"), or none.</param>
/// <param name="NamesOther">The words name a paper or period none of the open deadlines is ("đang làm kh 2028").</param>
internal sealed partial record DeadlineMention(Resolution<Deadline> Named, bool NamesOther)
{
    /// <summary>
    /// The one reading of a deadline named inside a sentence, shared by file captions, status replies ("đang làm tk
    /// nam"), extension requests and "đã nộp … rồi": page words ("trang 3", "tr.2", "ảnh 4/5") are no part of a name,
    /// each run of words from a kind of paper on ("bc", "kế hoạch") is read as the longest name it starts, and two
    /// runs naming two deadlines name both, so the question offers just those two.
    /// </summary>
    public static DeadlineMention Read(IReadOnlyList<Deadline> open, string text)
    {
        var words = Words(text);
        var starts = DeadlineName.NameStarts(words);
        var runs = new List<(IReadOnlyList<Deadline> Fit, int Start)>();
        var kindOnly = true;
        var coveredTo = 0;
        foreach (var start in starts)
        {
            if (start < coveredTo)
            {
                // A kind word inside a name already read ("Báo cáo tổng kết năm") starts no second name.
                continue;
            }

            for (var end = words.Length; end > start; end--)
            {
                // Every deadline the longest run fits is kept: "kh 2027" fits "Kế hoạch 2027" and "Kế hoạch … năm 2027"
                // equally, so both are offered; the title that is exactly the words typed is no better a fit.
                var fit = EntityResolver.Deadline(open, string.Join(' ', words[start..end]), exactTitleWins: false).Candidates;
                if (fit.Count > 0)
                {
                    runs.Add((fit, start));
                    kindOnly &= DeadlineName.IsKindOnly(words[start..end]);
                    coveredTo = end;
                    break;
                }
            }
        }

        // The words after a name up to the next name (or a date) must not name another paper or period
        // ("kế hoạch năm 2026" is not "Kế hoạch … năm 2025").
        var fitting = runs
            .SelectMany((run, i) => run.Fit.Where(d => !TitleSimilarity.Contradicts(Segment(words, run.Start, i + 1 < runs.Count ? runs[i + 1].Start : words.Length), d.Title)))
            .DistinctBy(d => d.Id).ToList();
        if (fitting.Count > 0)
        {
            return new DeadlineMention(Resolution<Deadline>.Many(fitting), false) { ByKindOnly = kindOnly };
        }

        var namesOther = starts.Count > 0 && open.Count > 0 && open.All(d => TitleSimilarity.Contradicts(Segment(words, starts[0], words.Length), d.Title));
        return new DeadlineMention(Resolution<Deadline>.None(), namesOther);
    }

    /// <summary>
    /// Whether <paramref name="text"/> holds a kind of paper a name starts with ("bc", "kế hoạch"): without one,
    /// <see cref="Read"/> names no deadline whatever the list, so a caller may skip reading the list.
    /// </summary>
    public static bool MayName(string text) => DeadlineName.NameStarts(Words(text)).Count > 0;

    private static string[] Words(string text) =>
        GluedNumber().Replace(PageWords.Without(text), "$1 ").Split(' ', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>
    /// The words that named the deadlines are kinds of paper only ("bc", "báo cáo"): enough to ask among the open
    /// ones of that kind, never enough to point at a closed or cancelled one.
    /// </summary>
    public bool ByKindOnly { get; init; }

    // From a name's first word to the next name, stopping at a date ("đến 30/12/2026" is no part of the name).
    private static string Segment(string[] words, int start, int end)
    {
        var stop = start;
        while (stop < end && !IsDate(words[stop]))
        {
            stop++;
        }

        return string.Join(' ', words[start..stop]);
    }

    private static bool IsDate(string word) => word.Any(char.IsAsciiDigit) && word.AsSpan().IndexOfAny('/', '-') > 0;

    // "kh2027", "bc6t": a kind of paper typed against its number.
    [System.Text.RegularExpressions.GeneratedRegex(@"(?<![\p{L}\p{N}])(bc|kh|tk|sk|BC|KH|TK|SK|Bc|Kh|Tk|Sk)(?=[0-9])")]
    private static partial System.Text.RegularExpressions.Regex GluedNumber();
}
