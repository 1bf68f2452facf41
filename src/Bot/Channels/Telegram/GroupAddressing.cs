using QcdcBot.Bot.Conversation.Routing;
using Telegram.Bot.Types;

namespace QcdcBot.Bot.Channels.Telegram;

internal enum GroupMessageKind
{
    /// <summary>Group chatter, or a command for another bot: ignored.</summary>
    NotForUs,

    /// <summary>A command the bot answers in groups.</summary>
    Allowed,

    /// <summary>Addressed to the bot but not something it does in groups.</summary>
    PrivateOnly,

    /// <summary>/nhomlanhdao: make this group a leadership chat.</summary>
    MakeLeadershipChat,
}

/// <summary>
/// In a group the bot reads only what is addressed to it (/lệnh, /lệnh@TênBot, or a reply to one of its messages)
/// and answers only the tallies meant for leaders and admins; everything else belongs in a private chat.
/// </summary>
internal static class GroupAddressing
{
    public const string LeadershipCommand = Channels.GroupCommands.LeadershipCommand;

    public static GroupMessageKind Classify(Message message, string text, User me)
    {
        var trimmed = text.TrimStart();
        var repliesToUs = message.ReplyToMessage?.From?.Id == me.Id;
        var slash = trimmed.StartsWith('/');
        if (slash)
        {
            var word = trimmed.Split((char[]?)null, 2, StringSplitOptions.RemoveEmptyEntries)[0];
            var at = word.IndexOf('@', StringComparison.Ordinal);
            if (at >= 0 && !string.Equals(word[(at + 1)..], me.Username, StringComparison.OrdinalIgnoreCase))
            {
                return GroupMessageKind.NotForUs;
            }

            var mentioned = at >= 0;
            var command = CommandLine.Parse(trimmed);
            if (command?.Name == LeadershipCommand)
            {
                return GroupMessageKind.MakeLeadershipChat;
            }

            if (command is not null && Channels.GroupCommands.Find(command.Name) is not null)
            {
                return GroupMessageKind.Allowed;
            }

            // A bare /lệnh we do not do in groups may be meant for another bot: answer only when named or replied to.
            return mentioned || repliesToUs ? GroupMessageKind.PrivateOnly : GroupMessageKind.NotForUs;
        }

        if (!repliesToUs)
        {
            return GroupMessageKind.NotForUs;
        }

        return Channels.GroupCommands.Takes(trimmed) ? GroupMessageKind.Allowed : GroupMessageKind.PrivateOnly;
    }
}
