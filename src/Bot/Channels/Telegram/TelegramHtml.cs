using System.Text;

namespace QcdcBot.Bot.Channels.Telegram;

/// <summary>Messages go out in HTML parse mode, so every piece of text (much of it typed by people) is escaped.</summary>
internal static class TelegramHtml
{
    public static string Escape(string text)
    {
        var html = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            html.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                _ => c.ToString(),
            });
        }

        return html.ToString();
    }
}
