using QcdcBot.Bot.Conversation;
using QcdcBot.Storage.Text;

namespace QcdcBot.Bot.Channels;

/// <summary>What the bot does in a group chat, on any channel: the tallies for leaders and admins, and /nhomlanhdao.</summary>
internal static class GroupCommands
{
    public const string LeadershipCommand = "nhomlanhdao";

    /// <summary>The line /trogiup gives an admin for /nhomlanhdao, which only a group chat takes (it is no command of the core).</summary>
    public const string LeadershipHelp = "/nhomlanhdao — gõ trong nhóm chat của lãnh đạo (có bot trong nhóm) để bản tổng hợp gửi vào nhóm đó";

    private static readonly HashSet<string> Allowed = ["tinhhinh", "chuanop", "hanchot", "trogiup", "help", "huongdan"];

    private static readonly HashSet<string> Digest = ["tonghop"];

    /// <summary>
    /// The group command <paramref name="text"/> starts with, typed as in a private chat: with or without "/", with or
    /// without accents, as one word or several ("/tinhhinh", "Tình hình", "chua nop"); null when it is none of them.
    /// </summary>
    public static string? Find(string text) => Match(text, Allowed);

    /// <summary>"/tonghop", "tổng hợp": the digest now, taken only in a leadership group, from a leader or an admin.</summary>
    public static bool IsDigest(string text) => Match(text, Digest) is not null;

    private static string? Match(string text, HashSet<string> allowed)
    {
        var words = text.TrimStart().TrimStart('/').Split(' ', 4, StringSplitOptions.RemoveEmptyEntries);
        var joined = string.Empty;
        foreach (var word in words.Take(3))
        {
            joined += VietnameseFold.Fold(word.TrimEnd(':', '.', ',', '?', '!'));
            if (allowed.Contains(joined))
            {
                return joined;
            }
        }

        return null;
    }

    /// <summary>"2", "#2", "0": the answer to a numbered question the bot asked in the group (e.g. /chuanop's "Việc nào?").</summary>
    public static bool IsAnswer(string text) => TypedChoice.IsChoice(text);

    /// <summary>What the bot takes in a group: a group command, or a number answering its question.</summary>
    public static bool Takes(string text) => Find(text) is not null || IsAnswer(text);

    /// <summary>Whether <paramref name="text"/> is the /<paramref name="name"/> command typed with its slash.</summary>
    public static bool Is(string text, string name) => Conversation.Routing.CommandLine.Parse(text) is { HadSlash: true } command && command.Name == name;

    public const string PrivateOnlyReply = "Trong nhóm, bot chỉ trả lời /tinhhinh, /chuanop, /hanchot, /trogiup và, trong nhóm lãnh đạo, /tonghop (gõ có hoặc không có dấu \"/\" đều được). Việc khác xin nhắn riêng cho bot.";

    public const string DigestOutsideLeadershipReply =
        "/tonghop chỉ dùng trong nhóm lãnh đạo (quản trị bot đặt bằng /nhomlanhdao) hoặc nhắn riêng cho bot. Trong nhóm này có /tinhhinh và /chuanop.";
}
