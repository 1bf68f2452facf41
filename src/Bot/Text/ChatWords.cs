using System.Text.RegularExpressions;
using QcdcBot.Storage.Text;

namespace QcdcBot.Bot.Text;

/// <summary>
/// The everyday words phones shorten in chat, spelled out on the folded text: "r" rồi, "e" em, "ko"/"k"/"hok" không,
/// "nd" nội dung, "dc" được, "bn" bên ("e gui r nhe" reads "em gui roi nhe"). Words that name papers ("kh", "bc") are
/// <see cref="Shorthand"/>'s, not these.
/// </summary>
internal static partial class ChatWords
{
    /// <summary>The text folded (<see cref="VietnameseFold.Fold"/>), its chat shorthand spelled out, single-spaced, with one space before and after.</summary>
    public static string Spelled(string text)
    {
        var spelled = Short().Replace(" " + VietnameseFold.Fold(text).Replace('\n', ' ') + " ", m => " " + m.Groups[1].Value switch
        {
            "r" or "roai" or "rui" => "roi",
            "e" => "em",
            "nd" => "noi dung",
            "dc" => "duoc",
            "bn" => "ben",
            _ => "khong",
        });
        return " " + string.Join(' ', spelled.Split(' ', StringSplitOptions.RemoveEmptyEntries)) + " ";
    }

    // Each word stands alone: "r" inside "roi" or "k" inside "kh" is not shorthand.
    [GeneratedRegex(@"\s(r|roai|rui|e|nd|dc|bn|ko|k|hok)(?=[\s.,!?]|$)")]
    private static partial Regex Short();
}
