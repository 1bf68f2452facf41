using System.Text.RegularExpressions;

namespace QcdcBot.Bot.Conversation;

/// <summary>
/// A reason as typed after a command ("/tuchoi 3 lý do: thiếu chữ ký"): the bot writes "Lý do:" itself, so a leading
/// "lý do" the person typed is dropped once, never shown as "Lý do: lý do: …".
/// </summary>
internal static partial class ReasonText
{
    public static string Of(string typed) => Lead().Replace(typed, string.Empty).Trim();

    [GeneratedRegex(@"^\s*(?:(?:lý|ly|lí|li)\s+(?:do|dó)\s*(?:là|la)?\s*[:\-–]?\s*)+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Lead();
}
