using QcdcBot.Bot.Conversation.State;
using QcdcBot.Bot.Conversation.Submissions;
using QcdcBot.Bot.Text;

namespace QcdcBot.Bot.Conversation;

/// <summary>
/// Every question can be left without doing anything: "0" or a one-word no ("không", "ko", "hủy", "thôi") picks the
/// question's own do-nothing choice when it has one ("Không", "Giữ nguyên", "không nộp"), and otherwise closes the
/// question with nothing changed. Channels without buttons show it as "0) Không" (see <see cref="OutboundMessage.HasWayOut"/>).
/// </summary>
internal static class WayOut
{
    public const string Label = Confirmation.No;

    /// <summary>
    /// The way out's label beside a choice that itself starts with "Không" ("Không chấp nhận", "Không, hủy"): two
    /// options reading "Không…" could be taken one for the other, so this one says what it does instead.
    /// </summary>
    public const string LabelBesideNo = "Thôi (không làm gì)";

    /// <summary>The label of the added way out under <paramref name="choices"/>: never a second "Không".</summary>
    public static string LabelFor(IReadOnlyList<Choice> choices) =>
        choices.Any(c => c.Label.StartsWith(Label, StringComparison.OrdinalIgnoreCase)) ? LabelBesideNo : Label;

    /// <summary>The number that leaves a question on channels where choices are typed.</summary>
    public const int Number = 0;

    /// <summary>Ends a re-ask after a number that is no choice: the way out is named there too, so nobody is stuck.</summary>
    public const string ReAskTail = ", hoặc 0 để thôi (không làm gì).";

    /// <summary>
    /// The one back-out rule: a question of the bot's own is open (a choice, a confirmation, "đến ngày nào?") and the
    /// text is "0" or a one-word no ("thôi", "không", "hủy", "huỷ bỏ", "thoát" …).
    /// </summary>
    public static bool IsTaken(ConversationState state, string text) =>
        (state.Pending is not null || state.AwaitingExtension is not null) && Says(text);

    /// <summary>The words themselves, for a wait the conversation state does not hold (a letter awaited after /congvan).</summary>
    public static bool Says(string text) => TypedChoice.TryRead(text, out var number, out var hashed) && number == 0 && !hashed || NoWords.Match(text);

    /// <summary>The 0-based index of the question's own do-nothing choice; -1 when it has none.</summary>
    public static int IndexIn(PendingQuestion question) =>
        question.Options.ToList().FindIndex(o => question.Kind switch
        {
            PendingKind.Commands => o.Length == 0,
            PendingKind.ConfirmDeadline => o == Deadlines.DeadlineCreation.No,
            _ => o == DeadlinePicker.None,
        });
}
