using System.Globalization;
using System.Text;

namespace QcdcBot.Storage.Text;

/// <summary>
/// The one folding rule for matching Vietnamese text: lower case, no diacritics, đ → d.
/// Lives here so that both the store (CSV kinds) and the conversation share it.
/// </summary>
internal static class VietnameseFold
{
    /// <summary>What <see cref="FoldChar"/> gives a combining mark: folded to nothing.</summary>
    public const char Dropped = '\uFFFF';

    /// <summary>
    /// Each Latin letter's fold (Basic Latin to Latin Extended-B, the combining marks, Latin Extended Additional):
    /// every other character of those ranges is a starter that composes with nothing once the marks are gone, so
    /// folding character by character gives what the whole string's normalisations give. The two ICU normalisations
    /// per call showed as about 5% of a status reply's sampled CPU (its words and command names are folded per turn).
    /// </summary>
    private static readonly char[] Latin = BuildLatin();

    public static string Fold(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var length = 0;
        foreach (var c in text)
        {
            var folded = FoldChar(c);
            if (folded == '\0')
            {
                return Normalised(text);
            }

            if (folded != Dropped)
            {
                length++;
            }
        }

        return string.Create(length, text, static (span, source) =>
        {
            var i = 0;
            foreach (var c in source)
            {
                var folded = FoldChar(c);
                if (folded != Dropped)
                {
                    span[i++] = folded;
                }
            }
        });
    }

    /// <summary>The fold of <paramref name="c"/> alone from the table, <see cref="Dropped"/>, or '\0' outside it.</summary>
    public static char FoldChar(char c) => c switch
    {
        < '\u0250' => Latin[c],
        >= '\u0300' and < '\u0370' => Latin[c - 0x300 + 0x250],
        >= '\u1E00' and < '\u1F00' => Latin[c - 0x1E00 + 0x2C0],
        _ => '\0',
    };

    private static char[] BuildLatin()
    {
        var table = new char[0x3C0];
        for (var i = 0; i < table.Length; i++)
        {
            var c = (char)(i < 0x250 ? i : i < 0x2C0 ? i - 0x250 + 0x300 : i - 0x2C0 + 0x1E00);
            var folded = c == '\0' ? "\0" : Normalised(c.ToString());
            // One character or none is all these ranges fold to; anything else would take the whole-string path.
            table[i] = folded.Length switch
            {
                0 => Dropped,
                1 => folded[0],
                _ => '\0',
            };
        }

        return table;
    }

    private static string Normalised(string text)
    {
        // FormD splits every precomposed letter (NFC or NFD input alike) into base + marks.
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            builder.Append(c switch
            {
                'đ' or 'Đ' => 'd',
                _ => char.ToLowerInvariant(c),
            });
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }
}
