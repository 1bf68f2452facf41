using System.Text.RegularExpressions;
using QcdcBot.Storage.Text;

namespace QcdcBot.Bot.Conversation.Deadlines;

/// <summary>
/// A scope written between the title and the date: "Báo cáo nhanh cho TTRA, CTK trước 25/1", "kh 2027 cho các chi bộ
/// (trừ …) trước 20/12". Each "cho" after the first word is a candidate, first to last ("Báo cáo cho vay cho NHNN"),
/// and only when the scope it opens runs up to the date; the caller keeps one as the scope only when it reads as units.
/// </summary>
internal static partial class TrailingScope
{
    public static IEnumerable<(string Title, string Scope)> Candidates(string beforeDate)
    {
        var folded = string.Concat(beforeDate.Select(c => char.IsLetter(c) && VietnameseFold.Fold(c.ToString()) is { Length: 1 } f ? f[0] : c)).ToLowerInvariant();
        foreach (Match cho in Cho().Matches(folded))
        {
            var title = beforeDate[..cho.Index].Trim().TrimEnd(',', ';', ':').TrimEnd();
            var (scope, ignored) = ScopeParser.Explicit(beforeDate[cho.Index..]);
            // "… cho TTRA, CTK để tổng hợp trước 20/12": the sentence going on after the scope ("để …", "theo …", a
            // bracket) is neither title nor units.
            if (title.Length > 0 && scope.Length > 0 && (ignored.Length == 0 || GoesOn().IsMatch(VietnameseFold.Fold(ignored))))
            {
                yield return (title, scope);
            }
        }
    }

    /// <summary>"TTRA", "CTKK": a word typed as a unit code, so "cho …" holding one was meant as a scope.</summary>
    public static bool HasCodeLikeWord(string scope) => CodeLike().IsMatch(scope);

    // "cho", "cho:", "giao cho", "dành cho", perhaps in a bracket ("Báo cáo (cho NHNN, SYT) trước 20/12"), and "gồm:"
    // with its colon ("Báo cáo chuyên đề, gồm: BQLKCN; CTK, CDYB, trước 20/12"); "gồm", "đối với" without one are too
    // often a title's own words.
    [GeneratedRegex(@"(?:[(\[]\s*)?(?<![\p{L}\p{N}])(?:(?:(?:giao|danh)\s+)?cho(?:\s*:\s*|\s+)|(?<!khong\s+(?:bao\s+)?)(?:bao\s+)?gom(?:\s+co)?\s*:\s*)")]
    private static partial Regex Cho();

    [GeneratedRegex(@"^\s*(?:de|theo|va bao cao)(?![\p{L}\p{N}])|^\s*[(\[]")]
    private static partial Regex GoesOn();

    [GeneratedRegex(@"(?<![\p{L}\p{N}])\p{Lu}{2,}\d*(?![\p{L}\p{N}])")]
    private static partial Regex CodeLike();
}
