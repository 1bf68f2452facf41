using System.Text.RegularExpressions;
using QcdcBot.Bot.Text;
using QcdcBot.Storage.Text;

namespace QcdcBot.Bot.Conversation.Deadlines;

/// <summary>
/// One /giao line giving units different dates ("… cho NHNN trước 15/6; SYT trước 20/6", "… cho NHNN, SYT trước 10/3,
/// CTK trước 12/3"): one deadline has one date, so nothing is created and the line is given back as one command per
/// date; creating the first part alone would leave the other units unassigned while the office believes them told.
/// </summary>
internal static partial class SeveralDueDates
{
    /// <summary>The reply when the text after <paramref name="first"/> holds another due date phrase; null when it holds none.</summary>
    public static string? Reply(string arguments, DatePhrase first, DateOnly today)
    {
        var after = first.Start + first.Length;
        var more = DatePhraseParser.FindAll(arguments[after..], today).Where(r => r.Phrase is not null)
            .Select(r => r.Phrase! with { Start = r.Phrase.Start + after }).ToList();
        if (more.Count == 0)
        {
            return null;
        }

        List<DatePhrase> phrases = [first, .. more];
        var between = new List<string> { arguments[..first.Start] };
        for (var i = 1; i <= phrases.Count; i++)
        {
            var from = phrases[i - 1].Start + phrases[i - 1].Length;
            between.Add(arguments[from..(i < phrases.Count ? phrases[i].Start : arguments.Length)]);
        }

        // "Báo cáo cho NHNN trước 15/6; SYT trước 20/6": each date's units come before it; "Báo cáo trước 15/6 cho NHNN;
        // trước 20/6 cho SYT": after it.
        var title = between[0].Trim();
        var scopes = new List<string>();
        if ((TrailingScope.Candidates(between[0]).FirstOrDefault() is { Title.Length: > 0 } cho ? cho : CodesAfterColon(between[0])) is { Title.Length: > 0 } before)
        {
            title = before.Title;
            scopes.Add(before.Scope);
            scopes.AddRange(between.Skip(1).Take(phrases.Count - 1).Select(Units));
        }
        else
        {
            scopes.AddRange(between.Skip(1).Select(Units));
        }

        var commands = phrases.Select((p, i) =>
            $"/giao {title} {arguments.Substring(p.Start, p.Length)} cho {(scopes[i].Length > 0 ? scopes[i] : "<mã đơn vị>, …")}");
        return $"Lệnh ghi {phrases.Count} hạn nộp ({string.Join(", ", phrases.Select(p => arguments.Substring(p.Start, p.Length)))}); " +
               "mỗi việc chỉ có một hạn, nên chưa tạo việc nào (giao một phần thì các đơn vị còn lại không được báo). " +
               "Xin gõ mỗi hạn một lệnh:\n" + string.Join("\n", commands);
    }

    /// <summary>"Báo cáo kết quả kiểm tra: NHNN trước 15/2 và SYT trước 20/2": unit codes alone after the title's colon.</summary>
    private static (string Title, string Scope) CodesAfterColon(string beforeDate)
    {
        var colon = beforeDate.LastIndexOf(':');
        return colon > 0 && CodesOnly().IsMatch(beforeDate[(colon + 1)..]) ? (beforeDate[..colon].Trim(), beforeDate[(colon + 1)..].Trim()) : (string.Empty, string.Empty);
    }

    [GeneratedRegex(@"^\s*\p{Lu}{2,}[0-9]*(?:\s*(?:,|;|và|va)\s*\p{Lu}{2,}[0-9]*)*\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex CodesOnly();

    /// <summary>"; SYT", ", CTK ", " cho NHNN;": the units between two dates, without the words joining them.</summary>
    private static string Units(string text)
    {
        var trimmed = text.Trim().Trim(';', ',', '.', ':').Trim();
        var joiner = Joiner().Match(VietnameseFold.Fold(trimmed).ToLowerInvariant());
        return (joiner.Success ? trimmed[joiner.Length..] : trimmed).Trim().Trim(';', ',', '.', ':').Trim();
    }

    [GeneratedRegex(@"^(?:(?:va|con|rieng)\s+)?(?:(?:giao|danh)\s+)?(?:(?:cho|doi\s+voi)(?!\p{L}))?\s*:?\s*", RegexOptions.CultureInvariant)]
    private static partial Regex Joiner();
}
