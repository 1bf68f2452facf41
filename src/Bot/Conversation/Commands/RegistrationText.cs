using QcdcBot.Storage.Text;

namespace QcdcBot.Bot.Conversation.Commands;

/// <summary>
/// What a registration looks like however a phone types it: "/dangky ABCD2345", "Đăng ký: abcd 2345", "dang ki …",
/// "/start …", or a stranger's code alone or inside a sentence ("mã đăng ký: H9PVU8TF ạ"). The registration flow and
/// the inbox's flood cap both ask here, so a form the flow accepts is never silenced by the cap.
/// </summary>
internal static class RegistrationText
{
    public static IReadOnlyList<string> CommandNames { get; } = ["dangky", "dangki", "start"];

    /// <summary>Whether a stranger's <paramref name="text"/> tries to register: the command in any spelling, or a code.</summary>
    public static bool IsAttempt(string text) => OpensWithCommand(text) || RegisterHandler.CodeIn(text) is not null;

    /// <summary>"/dangky", "Đăng ký:", "dang ki", "start": the command word, as one word or two, at the start.</summary>
    public static bool OpensWithCommand(string text)
    {
        var words = text.TrimStart().TrimStart('/').Split(' ', 3, StringSplitOptions.RemoveEmptyEntries);
        var joined = string.Empty;
        foreach (var word in words.Take(2))
        {
            joined += VietnameseFold.Fold(word.TrimEnd(':', '.', ','));
            if (CommandNames.Contains(joined))
            {
                return true;
            }
        }

        return false;
    }
}
