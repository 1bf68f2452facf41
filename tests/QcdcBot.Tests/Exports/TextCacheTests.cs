using QcdcBot.Bot.Exports;

namespace QcdcBot.Tests.Exports;

public sealed class TextCacheTests
{
    [Fact]
    public void Precomposed_Vietnamese_text_is_kept_as_it_is()
    {
        const string text = "Chi bộ Khu phố Đông Hưng – “Báo cáo quý” (bản sửa đổi).pdf";

        Assert.Same(text, TextCache.Clean(text));
    }

    [Theory]
    [InlineData("Chi bo\u0323\u0302 so\u0302\u0301 1", "Chi bộ số 1")] // tone marks typed as combining marks
    [InlineData("Ba\u0301o ca\u0301o ạ", "Báo cáo ạ")] // combining marks beside precomposed letters
    [InlineData("\u212B 1", "\u00C5 1")] // a singleton: no combining mark, still not composed
    public void Text_that_is_not_composed_is_composed(string text, string composed)
    {
        Assert.Equal(composed, TextCache.Clean(text));
    }

    [Fact]
    public void A_units_text_found_by_its_place_is_the_text_given_there_even_after_another_text_held_that_place()
    {
        var cache = new TextCache();
        var first = "Chi bộ số 1";
        var other = new string("Chi bộ số 1 & 2".AsSpan());

        Assert.Equal("Chi bộ số 1"u8.ToArray(), cache.Unit(1, 5, first).Bytes);
        Assert.Same(cache.Unit(1, 5, first), cache.Unit(1, 5, first));
        Assert.Equal("Chi bộ số 1 &amp; 2"u8.ToArray(), cache.Unit(1, 5, other).Bytes);
        Assert.Equal("DV00006"u8.ToArray(), cache.Unit(0, 5, "DV00006").Bytes);
        Assert.Equal("Chi bộ số 1 &amp; 2"u8.ToArray(), cache.Unit(1, 5, other).Bytes);
    }

    [Theory]
    [InlineData("BN2026-033504", true)]
    [InlineData("Bao cao QCDC.docx", true)]
    [InlineData("", false)]
    [InlineData(" BN1", false)]
    [InlineData("BN1 ", false)]
    [InlineData("a & b", false)]
    [InlineData("a<b>", false)]
    [InlineData("a\u0001b", false)]
    [InlineData("a\u007Fb", false)]
    [InlineData("a\tb", false)]
    [InlineData("Báo cáo.docx", false)]
    public void Only_text_that_needs_no_preparing_is_plain(string text, bool plain)
    {
        Assert.Equal(plain, TextCache.IsPlain(text));
        if (plain)
        {
            Assert.Equal((text, false), TextCache.Prepare(text));
        }
    }

    [Fact]
    public void Plain_text_past_Excels_length_is_not_plain()
    {
        Assert.False(TextCache.IsPlain(new string('a', 32_768)));
        Assert.True(TextCache.IsPlain(new string('a', 32_767)));
    }
}
