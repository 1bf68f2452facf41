using System.Globalization;
using System.Text;
using QcdcBot.Bot.Text;
using QcdcBot.Storage.Text;

namespace QcdcBot.Tests.Text;

/// <summary>
/// Folding reads Latin letters from a table instead of normalising the whole text twice: what it gives must be what
/// the normalisations give, for every character of the table and for text mixing them with any other.
/// </summary>
public sealed class FoldTableTests
{
    /// <summary>The rule as written before the table: decompose, drop the marks, lower case, đ → d, compose.</summary>
    private static string Reference(string text)
    {
        var builder = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(c is 'đ' or 'Đ' ? 'd' : char.ToLowerInvariant(c));
            }
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    private static IEnumerable<char> TableAndNeighbours() =>
        Enumerable.Range(1, 0x3FF).Concat(Enumerable.Range(0x1D00, 0x300)).Select(i => (char)i);

    [Fact]
    public void Every_character_of_the_Latin_ranges_and_around_them_folds_as_the_normalisations_fold_it()
    {
        foreach (var c in TableAndNeighbours())
        {
            var text = c.ToString();
            Assert.True(Reference(text) == VietnameseFold.Fold(text), $"U+{(int)c:X4}");
        }
    }

    [Fact]
    public void Text_mixing_precomposed_and_decomposed_letters_marks_and_other_scripts_folds_as_the_normalisations_fold_it()
    {
        string[] samples =
        [
            "Đã gửi bản giấy", "ĐANG LÀM", "Kế hoạch thực hiện QCDC", "Tiếng Việt", "đang làm rồi nhé 👍", "Ǆemal Æsir ŉ İstanbul",
            "ଓ ୋ", "Ελληνικά ΆΈ", "Кириллица Ё", "한국어", "x\u0300\u0301y", "\u0345\u034F", "a\u0000b",
        ];
        foreach (var sample in samples.Concat(samples.Select(s => s.Normalize(NormalizationForm.FormD))))
        {
            Assert.Equal(Reference(sample), VietnameseFold.Fold(sample));
        }

        var alphabet = TableAndNeighbours().Concat("\u0B47\u0B3E\u1100\u1161\u0915\u093C ".ToCharArray()).ToArray();
        var random = new Random(17);
        for (var n = 0; n < 20_000; n++)
        {
            var text = new string([.. Enumerable.Range(0, random.Next(1, 8)).Select(_ => alphabet[random.Next(alphabet.Length)])]);
            Assert.True(Reference(text) == VietnameseFold.Fold(text), string.Join(' ', text.Select(c => $"U+{(int)c:X4}")));
        }
    }

    [Fact]
    public void A_folded_copy_maps_every_accented_letter_as_decomposing_it_alone_does()
    {
        foreach (var c in TableAndNeighbours().Where(c => c >= 0x80 && !char.IsWhiteSpace(c) && !char.IsControl(c) && !VietnameseText.IsZeroWidth(c)))
        {
            var alone = new string([.. c.ToString().Normalize(NormalizationForm.FormD)
                .Where(d => CharUnicodeInfo.GetUnicodeCategory(d) != UnicodeCategory.NonSpacingMark)
                .Select(VietnameseText.FoldLetter)]);
            Assert.True(alone == FoldedText.Of(c.ToString()).Value, $"U+{(int)c:X4}");
        }
    }
}
