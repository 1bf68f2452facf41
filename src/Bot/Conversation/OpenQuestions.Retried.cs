using QcdcBot.Bot.Conversation.Routing;
using QcdcBot.Bot.Conversation.State;

namespace QcdcBot.Bot.Conversation;

internal static partial class OpenQuestions
{
    /// <summary>
    /// "/chapnhan 1" typed while "/chapnhan 3 · /khongchapnhan 3" waits: the command of one of the options with another
    /// number is a try at the question that missed. The question stays open, so the next "1" still answers it rather
    /// than meeting "Bot chưa hiểu"; typing an option itself ("/chapnhan 3") is answering it, as before.
    /// </summary>
    public static bool Retried(PendingQuestion question, string text)
    {
        if (CommandLine.Parse(text) is not { HadSlash: true } typed)
        {
            return false;
        }

        // Only a command taking a number (a request, a claim) is a try with the wrong one; "/giao …" again is a new command.
        var options = question.Options.Select(CommandLine.Parse).OfType<CommandLine>().Where(o => o.Name == typed.Name && Number(o.Arguments) is not null).ToList();
        return options.Count > 0 && Number(typed.Arguments) is { } tried && !options.Any(o => Number(o.Arguments) == tried);
    }

    private static long? Number(string arguments) =>
        long.TryParse(Confirmation.Strip(arguments).Arguments.Trim().Split(' ', 2)[0].TrimStart('#'), out var number) ? number : null;
}
