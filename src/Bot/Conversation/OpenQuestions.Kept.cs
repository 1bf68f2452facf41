using QcdcBot.Bot.Conversation.Routing;
using QcdcBot.Bot.Conversation.State;

namespace QcdcBot.Bot.Conversation;

internal static partial class OpenQuestions
{
    /// <summary>
    /// Commands that only show something (/viec, /tinhhinh, /donvi, /trogiup …): a person checks them before
    /// answering, so "đến ngày nào?" is kept across them rather than dropped.
    /// </summary>
    private static readonly HashSet<string> LookOnly =
        ["viec", "tinhhinh", "donvi", "trogiup", "help", "huongdan", "toi", "tonghop", "hanchot", "lichnhac", "chuanop", "nopfile", "nop"];

    /// <summary>Whether <paramref name="text"/> is a command that only shows something and changes nothing.</summary>
    public static bool LooksOnly(string text) => CommandLine.Parse(text) is { HadSlash: true } typed && LookOnly.Contains(typed.Name);

    /// <summary>The line after a look-only command that says "đến ngày nào?" still waits, or null when none was kept.</summary>
    public static string? KeptOver(ConversationState before, TurnContext context, string text)
    {
        if (before.AwaitingExtension is null || context.State.AwaitingExtension is null || !LooksOnly(text) ||
            context.State.AwaitingExtensionFor != before.AwaitingExtensionFor)
        {
            return null;
        }

        var which = before.AwaitingExtensionFor is { } id ? $" việc #{id}" : string.Empty;
        return $"(Câu hỏi trước vẫn chờ: xin gia hạn{which} đến ngày nào? Xin nhắn ngày, ví dụ 28/12, hoặc thêm bao lâu; gõ 0 nếu không xin nữa.)";
    }

    /// <summary>What to retype for an "đến ngày nào?" left unanswered: the deadline it was about named, when known.</summary>
    private static string ExtensionRetyped(ConversationState before) =>
        before.AwaitingExtensionFor is { } id ? $"nếu vẫn cần, gõ: /giahan #{id} <ngày> <lý do>" : "gõ lại nếu vẫn cần";
}
