using System.Text.RegularExpressions;
using QcdcBot.Bot.Conversation.State;

namespace QcdcBot.Bot.Conversation;

/// <summary>
/// Hard-to-undo commands (close, cancel, record on paper, approve) name their target and run only once confirmed:
/// the confirmation is the same command with "xacnhan" at the end, so a typed "1" or a pressed button runs it.
/// </summary>
internal static partial class Confirmation
{
    /// <summary>The arguments without a trailing "xác nhận", and whether it was there.</summary>
    public static (string Arguments, bool Confirmed) Strip(string arguments)
    {
        var stripped = Word().Replace(arguments, string.Empty);
        return (stripped, stripped.Length < arguments.Length);
    }

    /// <summary>The second choice of every confirmation: it runs nothing (an empty option), as "không"/"hủy"/"thôi" do.</summary>
    public const string No = "Không";

    /// <summary>
    /// What the bot says whenever a person backs out of a question, in one wording everywhere: "đã hủy" could be read
    /// as the deadline being cancelled.
    /// </summary>
    public const string Declined = "Được, bot không làm gì cả.";

    /// <summary><see cref="Declined"/> with what stays as it was: "Được, bot không làm gì cả: chưa tạo việc nào."</summary>
    public static string DeclinedWith(string detail) => $"{Declined[..^1]}: {detail}.";

    public static void Ask(TurnContext context, string question, string command, string yes) =>
        context.Ask(question, new PendingQuestion(string.Empty, PendingKind.Commands, [$"{command} xacnhan", string.Empty]) { YesOption = 1 }, [yes, No]);

    /// <summary>A confirmation's command as a person would type it: "/donghan 7 xacnhan" → "/donghan 7 xác nhận".</summary>
    public static string Readable(string command) => Strip(command) is (var bare, true) ? $"{bare} xác nhận" : command;

    [GeneratedRegex(@"\s+(xác\s*nhận|xac\s*nhan)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Word();
}
