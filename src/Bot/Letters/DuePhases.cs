using System.Text.RegularExpressions;
using QcdcBot.Bot.Text;

namespace QcdcBot.Bot.Letters;

/// <summary>
/// A paper due in phases ("Đợt 1 trước 10/12/2026; đợt 2 trước 20/12/2026" in a due cell, "… số liệu đợt 1 trước …, đợt
/// 2 trước …" in a sentence): each phase is an item of the same paper, titled with its phase ("Số liệu phụ lục (đợt 2)"),
/// never an item titled "Đợt 2".
/// </summary>
internal static partial class DuePhases
{
    /// <summary>The phase written just before a due date ("đợt 2", "lần 1"), or null.</summary>
    public static string? Before(string window) =>
        PhaseRegex().Match(VietnameseText.Fold(window)) is { Success: true } phase
            ? $"{(phase.Groups["w"].Value == "dot" ? "đợt" : "lần")} {phase.Groups["n"].Value.ToUpperInvariant()}"
            : null;

    /// <summary>
    /// The clause before the date names nothing but its phase ("; đợt 2 trước …"): the paper is the item before's. A row's
    /// due cell "Đợt 1 trước …" is not: its row names its own paper.
    /// </summary>
    public static bool OnlyAPhase(string window) =>
        window[(window.LastIndexOfAny([';', ',', '(']) + 1)..] is var clause && !clause.Contains('\t', StringComparison.Ordinal) && OnlyRegex().IsMatch(VietnameseText.Fold(clause));

    /// <summary><paramref name="title"/> with its phase in brackets, once: "Số liệu phụ lục đợt 1" → "Số liệu phụ lục (đợt 1)".</summary>
    public static string Titled(string title, string phase)
    {
        var folded = FoldedText.Of(title);
        var written = TitlePhaseRegex().Match(folded.Value);
        return $"{(written.Success ? title[..folded.OriginalStart(written.Index)] : title).TrimEnd(' ', ',', '-', '–')} ({phase})";
    }

    private const string Phase = @"(?<w>dot|lan)\s+(?<n>[0-9]{1,2}|i{1,3}|iv|v)";

    [GeneratedRegex(@"(?<!\p{L})" + Phase + @"\s*[:,\-–]?\s*(?:(?:gui|nop)\s+)?$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex PhaseRegex();

    [GeneratedRegex(@"^\s*(?:va\s+)?" + Phase + @"\s*[:,\-–]?\s*(?:(?:gui|nop)\s+)?$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex OnlyRegex();

    [GeneratedRegex(@"\s*\(?\s*(?<!\p{L})(?:dot|lan)\s+(?:[0-9]{1,2}|i{1,3}|iv|v)\s*\)?\s*$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex TitlePhaseRegex();
}
