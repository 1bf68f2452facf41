using QcdcBot.Bot.Conversation.Routing;

namespace QcdcBot.Bot.Channels;

/// <summary>What the bot does in a group chat, on any channel: the tallies for leaders and admins, and /nhomlanhdao.</summary>
internal static class GroupCommands
{
    public const string LeadershipCommand = "nhomlanhdao";

    private static readonly HashSet<string> Allowed = ["tinhhinh", "chuanop", "hanchot", "trogiup", "help", "huongdan"];

    public static bool IsAllowed(string commandName) => Allowed.Contains(commandName);

    /// <summary>Whether <paramref name="text"/> is the /<paramref name="name"/> command typed with its slash.</summary>
    public static bool Is(string text, string name) => CommandLine.Parse(text) is { HadSlash: true } command && command.Name == name;

    public const string PrivateOnlyReply = "Trong nhóm, bot chỉ trả lời /tinhhinh, /chuanop, /hanchot và /trogiup. Việc khác xin nhắn riêng cho bot.";
}
