using QcdcBot.Storage.Text;

namespace QcdcBot.Bot.Text;

/// <summary>The one-word yeses people type instead of pressing a button: "có", "dời", "đồng ý", "ok", "ừ".</summary>
internal static class YesWords
{
    private static readonly HashSet<string> Phrases = new(StringComparer.Ordinal)
    {
        "co", "co a", "co nhe", "dong y", "dong y a", "doi", "doi di", "doi a", "doi nhe", "doi nha", "doi han", "ok", "oke", "okay", "u", "uh", "vang",
        "dung", "dung roi", "yes", "duoc", "xac nhan",
    };

    public static bool Match(string text)
    {
        var words = VietnameseFold.Fold(text).Split([' ', '.', '!', ',', '?'], StringSplitOptions.RemoveEmptyEntries);
        return words.Length is > 0 and <= 3 && Phrases.Contains(string.Join(' ', words));
    }
}
