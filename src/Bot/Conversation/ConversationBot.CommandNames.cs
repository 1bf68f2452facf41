using QcdcBot.Bot.Conversation.Routing;

namespace QcdcBot.Bot.Conversation;

internal sealed partial class ConversationBot
{
    /// <summary>Phones type "Đăng ký ABCD2345" or "tinh hinh": two words that make a command name are that command.</summary>
    private CommandLine? JoinSplitName(CommandLine? command)
    {
        if (command is null || router.Find(command.Name) is not null)
        {
            return command;
        }

        if (command.Name == "xin" && CommandLine.Parse(command.Arguments) is { } asked && JoinSplitName(asked) is { } polite && router.Find(polite.Name) is not null)
        {
            // "xin gia hạn tới 20/12": "xin" (please) before a command is that command.
            return polite with { HadSlash = command.HadSlash };
        }

        // Two or three words: "tinh hinh", "Đăng ký: …", "ma dang ky …".
        var joined = command.Name;
        var rest = command.Arguments;
        for (var words = 0; words < 2; words++)
        {
            var parts = rest.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length == 0)
            {
                return command;
            }

            joined += Storage.Text.VietnameseFold.Fold(parts[0].TrimEnd(':', '.', ','));
            rest = parts.ElementAtOrDefault(1) ?? string.Empty;
            if (router.Find(joined) is not null)
            {
                return command with { Name = joined, Arguments = rest };
            }
        }

        return command;
    }
}
