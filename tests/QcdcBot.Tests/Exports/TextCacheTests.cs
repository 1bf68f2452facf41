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
}
