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

    /// <summary>What may follow "không nộp" and leave it a no: "không nộp ảnh này", "khong nop file do nua a".</summary>
    private static readonly HashSet<string> AfterNotHandingIn = new(StringComparer.Ordinal)
    {
        "anh", "tep", "file", "hinh", "cai", "bai", "ban", "nay", "do", "ay", "kia", "nua", "dau", "a", "nhe", "cac", "nhung",
    };

    public static bool Match(string text)
    {
        var words = VietnameseFold.Fold(text).Split([' ', '.', '!', ',', '?'], StringSplitOptions.RemoveEmptyEntries);
        return words.Length is > 0 and <= 3 && Phrases.Contains(string.Join(' ', words)) ||
               words is ["khong", "nop", .. var rest] && rest.Length <= 4 && rest.All(AfterNotHandingIn.Contains);
    }
}
