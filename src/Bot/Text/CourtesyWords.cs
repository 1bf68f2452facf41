using System.Globalization;
using QcdcBot.Storage.Text;

namespace QcdcBot.Bot.Text;

/// <summary>
/// "cảm ơn ạ", "cam on bot nhieu", "ok", "vâng ạ", "👍": a message that only thanks or acknowledges. It asks for
/// nothing, so the long "Bot chưa hiểu" help would answer a question nobody asked.
/// </summary>
internal static class CourtesyWords
{
    private static readonly HashSet<string> Phrases = new(StringComparer.Ordinal)
    {
        "cam on", "thanks", "thank you", "thank", "tks", "thank u", "ok", "oke", "okay", "okie", "vang", "da", "da vang", "vang a",
        "da ro", "ro roi", "nhan duoc roi", "da nhan", "duoc roi",
    };

    // Who is thanked and how politely: they change nothing of what the message says.
    private static readonly HashSet<string> Fillers = new(StringComparer.Ordinal)
    {
        "a", "ah", "nhe", "nha", "nhieu", "bot", "em", "anh", "chi", "ban", "ad", "luon", "rat", "xin",
    };

    public static bool Match(string text)
    {
        if (text.Length > 0 && text.All(c => !char.IsLetterOrDigit(c)))
        {
            // Emoji alone ("👍", "🙏🙏"): pictures, not punctuation like "?" which may be a real question.
            return text.Any(c => char.IsSurrogate(c) || char.GetUnicodeCategory(c) == UnicodeCategory.OtherSymbol);
        }

        var words = VietnameseFold.Fold(text).Split([' ', '.', '!', ',', '~'], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => !Fillers.Contains(w) && !w.All(c => !char.IsLetterOrDigit(c))).ToList();
        return words.Count is > 0 and <= MostWords && MadeOfPhrases(words);
    }

    // "ok em cảm ơn chị ạ" is three courtesies in a row; a longer message says something more.
    private const int MostWords = 6;

    /// <summary>Whether the words are courtesy phrases one after another ("ok" + "cảm ơn", "dạ vâng" + "cảm ơn"), nothing else.</summary>
    private static bool MadeOfPhrases(List<string> words)
    {
        for (var start = 0; start < words.Count;)
        {
            // The longest phrase that starts here ("da vang" before "da"); none at all means a word that is no courtesy.
            var length = Enumerable.Range(1, Math.Min(3, words.Count - start)).Reverse()
                .FirstOrDefault(n => Phrases.Contains(string.Join(' ', words.Skip(start).Take(n))));
            if (length == 0)
            {
                return false;
            }

            start += length;
        }

        return true;
    }
}
