using QcdcBot.Storage.Text;

namespace QcdcBot.Bot.Text;

/// <summary>The one-word noes people type to leave a question: "không", "ko", "hủy", "huỷ bỏ", "thôi", "thoát" ("đúng" folds like "dừng", so not that).</summary>
internal static class NoWords
{
    private static readonly HashSet<string> Phrases = new(StringComparer.Ordinal)
    {
        "khong", "khong a", "khong nhe", "khong dung", "khong can", "ko", "k", "no", "huy", "huy bo", "huy di", "huy nhe", "thoi", "thoi khong", "thoi nhe", "thoi a", "thoi khong can", "khoi", "thoi khoi", "bo qua", "khong can nua", "sai",
        "thoat", "thoat ra", "dung lai", "huy lenh", "khong lam", "khong nop",
    };

    public static bool Match(string text)
    {
        var words = VietnameseFold.Fold(text).Split([' ', '.', '!', ',', '?'], StringSplitOptions.RemoveEmptyEntries);
        return words.Length is > 0 and <= 3 && Phrases.Contains(string.Join(' ', words));
    }
}
