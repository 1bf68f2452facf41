using System.Globalization;
using System.Text;
using QcdcBot.Storage.Text;

namespace QcdcBot.Bot.Text;

/// <summary>
/// A folded copy of a text (see <see cref="VietnameseText.Fold"/>) that remembers, for each folded character,
/// the index of the original character it came from. Matching runs on the folded copy; positions are reported
/// in the original, so callers can cut the original text even when it was NFD or had stray characters.
/// Unlike <see cref="VietnameseText.Fold"/>, whitespace is not collapsed (each whitespace char becomes one
/// space, tab or LF), so patterns should use \s+.
/// </summary>
internal sealed class FoldedText
{
    private readonly int[] sourceIndex;

    private FoldedText(string original, string value, int[] sourceIndex)
    {
        Original = original;
        Value = value;
        this.sourceIndex = sourceIndex;
    }

    public string Original { get; }

    public string Value { get; }

    public static FoldedText Of(string original)
    {
        var value = new StringBuilder(original.Length);
        var map = new List<int>(original.Length);
        // A letter has a few dozen distinct accented letters among tens of thousands: decompose each once.
        var folds = new Dictionary<char, string>();
        for (var i = 0; i < original.Length; i++)
        {
            var c = original[i];
            if (c < 0x80)
            {
                // Tabs stay: a letter's header puts its date line after a tab.
                Add(c switch
                {
                    '\r' => '\n',
                    '\n' or '\t' => c,
                    _ when char.IsControl(c) => ' ',
                    _ => char.ToLowerInvariant(c),
                }, i);
            }
            else if (char.IsSurrogate(c) || VietnameseText.IsZeroWidth(c))
            {
                // Emoji and stray zero-width marks never take part in a match; keep emoji as an opaque symbol.
                if (char.IsSurrogate(c))
                {
                    Add('\uFFFD', i);
                }
            }
            else if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                Add(' ', i);
            }
            else if (VietnameseFold.FoldChar(c) is not '\0' and var letter)
            {
                if (letter != VietnameseFold.Dropped)
                {
                    Add(letter, i);
                }
            }
            else
            {
                if (!folds.TryGetValue(c, out var letters))
                {
                    letters = new string([.. c.ToString().Normalize(NormalizationForm.FormD)
                        .Where(d => CharUnicodeInfo.GetUnicodeCategory(d) != UnicodeCategory.NonSpacingMark)
                        .Select(VietnameseText.FoldLetter)]);
                    folds[c] = letters;
                }

                foreach (var d in letters)
                {
                    Add(d, i);
                }
            }
        }

        return new FoldedText(original, value.ToString(), [.. map]);

        void Add(char folded, int index)
        {
            value.Append(folded);
            map.Add(index);
        }
    }

    /// <summary>Start index in the original of the folded character at <paramref name="foldedIndex"/>.</summary>
    public int OriginalStart(int foldedIndex) => sourceIndex[foldedIndex];

    /// <summary>
    /// End (exclusive) in the original of a folded span ending before <paramref name="foldedEnd"/>;
    /// includes any accents (NFD combining marks) that trail the last character.
    /// </summary>
    public int OriginalEnd(int foldedEnd)
    {
        var end = sourceIndex[foldedEnd - 1] + 1;
        while (end < Original.Length && CharUnicodeInfo.GetUnicodeCategory(Original[end]) == UnicodeCategory.NonSpacingMark)
        {
            end++;
        }

        return end;
    }
}
