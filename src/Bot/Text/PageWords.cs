using System.Text.RegularExpressions;

namespace QcdcBot.Bot.Text;

/// <summary>
/// The words that number a page in a caption ("trang 3", "tr.2", "trang 2/5", "ảnh 4", "p3", "trang cuối"): they say
/// the file is one page of a paper report, and are no part of the deadline's name.
/// </summary>
internal static partial class PageWords
{
    public static bool In(string caption) => Page().IsMatch(FoldedText.Of(caption).Value);

    /// <summary>"trang 1", "tr1", "trang 1/3", "ảnh 1", "trang đầu": the caption numbers the file as a paper's first page.</summary>
    public static bool First(string caption) =>
        Page().Matches(FoldedText.Of(caption).Value).Any(m => m.Groups["first"].Success || m.Groups["n"].Value.TrimStart('0') == "1");

    /// <summary>The caption without its page words: "tk nam trang 3" → "tk nam".</summary>
    public static string Without(string caption)
    {
        var folded = FoldedText.Of(caption);
        var result = caption;
        foreach (var m in Page().Matches(folded.Value).Reverse())
        {
            var start = folded.OriginalStart(m.Index);
            var end = folded.OriginalEnd(m.Index + m.Length);
            result = result[..start] + " " + result[end..];
        }

        return string.Join(' ', result.Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    [GeneratedRegex(@"(?<![\p{L}\p{N}])(?:(?:trang|tr|anh|p|page)\.?\s*(?:so\s*)?(?<n>[0-9]{1,3})(?:\s*/\s*[0-9]{1,3})?|trang\s+(?:cuoi|(?<first>dau)|tiep(?:\s+theo)?))(?![\p{L}\p{N}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Page();
}
