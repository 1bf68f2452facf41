using System.Text;
using QcdcBot.Bot.Text;

namespace QcdcBot.Tests.Text;

public sealed class VietnameseTextTests
{
    [Theory]
    [InlineData(null, "")]
    [InlineData("", "")]
    [InlineData("   Báo cáo   QCDC  ", "Báo cáo QCDC")]
    [InlineData("Báo\tcáo \t QCDC", "Báo cáo QCDC")]
    [InlineData("dòng 1\r\ndòng 2\rdòng 3", "dòng 1\ndòng 2\ndòng 3")]
    [InlineData("dòng 1\n\ndòng 2", "dòng 1\n\ndòng 2")]
    [InlineData("tr\u200Bư\u200Cớ\u200Dc\u2060 ng\uFEFFày", "trước ngày")]
    [InlineData("a\u0007b\u0000c\u001Bd", "abcd")]
    [InlineData("Đã nộp 👍🏽 xong ✅", "Đã nộp 👍🏽 xong ✅")]
    [InlineData("\u00A0\u00A0Kế\u00A0hoạch ", "Kế hoạch")]
    public void Normalize_cleans_chat_text(string? input, string expected) =>
        Assert.Equal(expected, VietnameseText.Normalize(input));

    [Theory]
    [InlineData("Kế hoạch")]
    [InlineData("Đảng ủy Khối cơ quan và doanh nghiệp tỉnh")]
    [InlineData("chất lượng cổ phần")]
    public void Normalize_turns_NFD_into_NFC(string nfc)
    {
        var nfd = nfc.Normalize(NormalizationForm.FormD);
        Assert.NotEqual(nfc, nfd);
        Assert.Equal(nfc, VietnameseText.Normalize(nfd));
    }

    [Fact]
    public void Normalize_lets_accents_compose_across_a_removed_zero_width_char() =>
        Assert.Equal("ế", VietnameseText.Normalize("e\u0302\u200B\u0301"));

    [Theory]
    [InlineData("Kế hoạch", "ke hoach")]
    [InlineData("ĐẢNG BỘ", "dang bo")]
    [InlineData("đảng ủy", "dang uy")]
    [InlineData("  Chậm   NHẤT  là ngày ", "cham nhat la ngay")]
    [InlineData("Hạn chót: 15/12", "han chot: 15/12")]
    [InlineData("Ư Ơ Ă Â Ê Ô", "u o a a e o")]
    [InlineData("tr\u200Bước", "truoc")]
    public void Fold_strips_accents_and_case(string input, string expected) =>
        Assert.Equal(expected, VietnameseText.Fold(input));

    [Theory]
    [InlineData("Kế hoạch")]
    [InlineData("ĐẢNG BỘ TỈNH YÊN BÁI")]
    [InlineData("chất")]
    [InlineData("cổ phần")]
    [InlineData("Hòa Bình")]
    public void Fold_gives_the_same_result_for_NFD_and_NFC(string nfc)
    {
        var nfd = nfc.Normalize(NormalizationForm.FormD);
        Assert.NotEqual(nfc, nfd);
        Assert.Equal(VietnameseText.Fold(nfc), VietnameseText.Fold(nfd));
    }

    [Theory]
    [InlineData("Báo cáo tự kiểm tra QCDC trước ngày 25/10", "TRUOC NGAY", true)]
    [InlineData("Báo cáo tự kiểm tra QCDC trước ngày 25/10", "tự kiểm tra", true)]
    [InlineData("Báo cáo tự kiểm tra QCDC", "kiem  tra", true)]
    [InlineData("Báo cáo tự kiểm tra QCDC", "kế hoạch", false)]
    public void ContainsFolded_ignores_accents_case_and_spacing(string haystack, string needle, bool expected) =>
        Assert.Equal(expected, VietnameseText.ContainsFolded(haystack, needle));

    [Theory]
    [InlineData("Đảng ủy Khối", "dang uy khoi", true)]
    [InlineData("Đảng ủy Khối", "  ĐẢNG  ỦY KHỐI ", true)]
    [InlineData("Đảng ủy Khối", "Đảng ủy", false)]
    public void EqualsFolded_ignores_accents_case_and_spacing(string a, string b, bool expected) =>
        Assert.Equal(expected, VietnameseText.EqualsFolded(a, b));

    [Fact]
    public void EqualsFolded_matches_NFD_against_NFC() =>
        Assert.True(VietnameseText.EqualsFolded("Chất lượng".Normalize(NormalizationForm.FormD), "chất lượng"));

    [Theory]
    [InlineData("", new string[0])]
    [InlineData("bao cao", new[] { "bao", "cao" })]
    [InlineData("  truoc \n ngay\t25/10 ", new[] { "truoc", "ngay", "25/10" })]
    public void Tokens_split_on_whitespace(string folded, string[] expected) =>
        Assert.Equal(expected, VietnameseText.Tokens(folded));
}
