using System.Text.RegularExpressions;
using QcdcBot.Bot.Text;

namespace QcdcBot.Bot.Conversation.Deadlines;

/// <summary>
/// The title /giao stores from the words before the date, and the words it leaves out so the confirmation can name
/// them: where to send the paper ("gửi về Ban Chỉ đạo …"), and a bracket the date interrupted ("năm 2027 (hoàn thành
/// trước ngày …"). What is kept has balanced brackets and starts with a capital, as it is printed in every list.
/// </summary>
internal static partial class TypedTitle
{
    public static (string Title, string Dropped) From(string beforeDate)
    {
        var raw = Whitespace().Replace(beforeDate, " ").Trim().TrimEnd(',', '.', ':', '-', '–').Trim();
        var kept = Balanced(Letters.DeadlineTitle.WithoutSendingTail(raw));
        var dropped = raw.StartsWith(kept, StringComparison.Ordinal)
            ? raw[kept.Length..].Trim()
            : string.Join(' ', raw.Split(' ').Skip(kept.Split(' ').Length));
        return (Capitalised(TitleSpelling.Spell(kept)), dropped);
    }

    /// <summary>Cut at the first bracket never closed; a closing bracket never opened is left out.</summary>
    private static string Balanced(string title)
    {
        var open = new Stack<int>();
        var strays = new List<int>();
        for (var i = 0; i < title.Length; i++)
        {
            switch (title[i])
            {
                case '(' or '[':
                    open.Push(i);
                    break;
                case ')' or ']' when open.Count > 0:
                    open.Pop();
                    break;
                case ')' or ']':
                    strays.Add(i);
                    break;
            }
        }

        var end = open.Count > 0 ? open.Min() : title.Length;
        var kept = string.Concat(title[..end].Where((_, i) => !strays.Contains(i)));
        kept = Whitespace().Replace(kept, " ").Trim().TrimEnd(',', ';', ':', '-', '–', '.').Trim();
        return kept.Length == 0 ? title : kept;
    }

    private static string Capitalised(string title)
    {
        var first = title.ToList().FindIndex(char.IsLetterOrDigit);
        return first < 0 || !char.IsLower(title[first]) ? title : title[..first] + char.ToUpperInvariant(title[first]) + title[(first + 1)..];
    }

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Whitespace();
}
