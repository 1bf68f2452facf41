using QcdcBot.Storage.Text;
using System.Globalization;
using System.Text;

namespace QcdcBot.Bot.Text;

/// <summary>Cleaning and accent-insensitive comparison of Vietnamese text.</summary>
internal static class VietnameseText
{
    /// <summary>
    /// Cleans text as typed in chat or pasted from a letter: NFC, no zero-width or control characters,
    /// LF line ends, single spaces, trimmed. Null gives "".
    /// </summary>
    public static string Normalize(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        // Filter before NFC so that a zero-width char between a letter and its accent cannot block composition,
        // and so that a lone surrogate (which makes string.Normalize throw) is already replaced.
        var cleaned = new StringBuilder(text.Length);
        var pendingSpace = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r')
            {
                // CRLF and a lone CR both become one LF.
                if (i + 1 < text.Length && text[i + 1] == '\n')
                {
                    continue;
                }

                c = '\n';
            }

            if (IsZeroWidth(c))
            {
                continue;
            }

            if (c == '\t' || (c != '\n' && char.IsWhiteSpace(c)))
            {
                pendingSpace = true;
                continue;
            }

            if (char.IsControl(c) && c != '\n')
            {
                continue;
            }

            if (char.IsSurrogate(c) && !char.IsSurrogatePair(text, i) && !(i > 0 && char.IsSurrogatePair(text, i - 1)))
            {
                c = '\uFFFD';
            }

            if (pendingSpace)
            {
                cleaned.Append(' ');
                pendingSpace = false;
            }

            cleaned.Append(c);
        }

        return cleaned.ToString().Normalize(NormalizationForm.FormC).Trim();
    }

    /// <summary>
    /// The matching form: normalized, lower-case, without accents, đ → d. "ĐẢNG BỘ" → "dang bo".
    /// NFD and NFC input give the same result.
    /// </summary>
    public static string Fold(string text) => VietnameseFold.Fold(Normalize(text));

    public static bool ContainsFolded(string haystack, string needle) =>
        Fold(haystack).Contains(Fold(needle), StringComparison.Ordinal);

    public static bool EqualsFolded(string a, string b) =>
        string.Equals(Fold(a), Fold(b), StringComparison.Ordinal);

    /// <summary>Words of a folded text, split on whitespace.</summary>
    public static IReadOnlyList<string> Tokens(string folded) =>
        folded.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);

    internal static bool IsZeroWidth(char c) => c is >= '\u200B' and <= '\u200D' or '\u2060' or '\uFEFF';

    /// <summary>Lower-cases one accent-free character; đ has no decomposition so it is mapped by hand.</summary>
    internal static char FoldLetter(char c)
    {
        var lower = char.ToLowerInvariant(c);
        return lower == 'đ' ? 'd' : lower;
    }
}
