using System.Globalization;
using System.Text;
using QcdcBot.Bot.Text;

namespace QcdcBot.Tests.Text;

public sealed class FoldedTextTests
{
    [Theory]
    [InlineData("Công ty Hòa Bình", "hoa")]
    [InlineData("Công ty Hòa Bình", "cong ty hoa")]
    [InlineData("Đảng ủy Khối", "dang uy")]
    [InlineData("tr\u200Bước ngày", "truoc")]
    [InlineData("Kế hoạch", "ke")]
    [InlineData("Công ty Hòa Bình", "cong ty ho")]
    public void A_folded_match_maps_back_to_the_whole_original_words_including_NFD_accents(string nfc, string needle)
    {
        foreach (var original in new[] { nfc, nfc.Normalize(NormalizationForm.FormD) })
        {
            var folded = FoldedText.Of(original);
            var at = folded.Value.IndexOf(needle, StringComparison.Ordinal);
            Assert.True(at >= 0, $"'{needle}' not found in '{folded.Value}'");

            var start = folded.OriginalStart(at);
            var end = folded.OriginalEnd(at + needle.Length);
            var cut = original[start..end];

            Assert.Equal(needle, VietnameseText.Fold(cut));
            Assert.False(IsAccent(original, start), "cut starts with a dangling accent");
            Assert.False(end < original.Length && IsAccent(original, end), "cut leaves the last letter's accent behind");
        }
    }

    [Fact]
    public void Folded_copy_keeps_line_breaks_and_tabs_and_drops_accents()
    {
        var folded = FoldedText.Of("Yên Bái,\tNGÀY 9\r\ntháng 3".Normalize(NormalizationForm.FormD));

        Assert.Equal("yen bai,\tngay 9\n\nthang 3", folded.Value);
    }

    private static bool IsAccent(string s, int i) => char.GetUnicodeCategory(s, i) == UnicodeCategory.NonSpacingMark;
}
