using QcdcBot.Storage.Text;

namespace QcdcBot.Bot.Conversation.Routing;

/// <summary>A command as typed: "/giao …", "giao …", "/giao@QcdcBot …", "Giao …" all name the same command.</summary>
internal sealed record CommandLine(string Name, string Arguments, bool HadSlash)
{
    public static CommandLine? Parse(string text)
    {
        var trimmed = text.TrimStart();
        if (trimmed.Length == 0)
        {
            return null;
        }

        var hadSlash = trimmed[0] == '/';
        if (hadSlash)
        {
            trimmed = trimmed[1..];
        }

        var end = 0;
        while (end < trimmed.Length && !char.IsWhiteSpace(trimmed[end]))
        {
            end++;
        }

        var word = trimmed[..end];
        var at = word.IndexOf('@', StringComparison.Ordinal);
        if (at >= 0)
        {
            // Telegram groups address commands as /cmd@BotName.
            word = word[..at];
        }

        // "/dangky: ABCD2345", "Đăng ký: …": a colon or full stop after the command word is punctuation, not its name.
        var name = VietnameseFold.Fold(word.TrimEnd(':', '.', ','));
        return name.Length == 0 ? null : new CommandLine(name, trimmed[end..].Trim(), hadSlash);
    }
}
