using QcdcBot.Bot.Conversation.State;

namespace QcdcBot.Bot.Conversation;

internal sealed partial class QuestionStack
{
    /// <summary>
    /// How long after a bare number answered one question the same number is read as a double tap (or the same message
    /// sent twice) rather than an answer to the question asked right after: two taps, or a phone's resend, come within a
    /// second or two; reading a new question and answering it takes longer.
    /// </summary>
    public static readonly TimeSpan DoubleTapWindow = TimeSpan.FromSeconds(5);

    /// <summary>
    /// The one rule for a number that could mean two things: nothing is written and the bot says what the number would do,
    /// so the person chooses knowingly. Three ways a number can: the person's own question put aside by a message that
    /// reached them unasked (<see cref="TryOwn"/>); files waiting for "nộp cho việc nào?" under a message's choices
    /// (<see cref="TryFilesToo"/>); the number that answered one question typed again within <see cref="DoubleTapWindow"/>
    /// on the question asked right after it (<see cref="TryDoubleTap"/>). True when the turn is answered here;
    /// <paramref name="own"/> is then a choice (1-based) the caller still makes on the open question.
    /// </summary>
    public bool TryTwoMeanings(TurnContext context, string text, out int? own) =>
        TryOwn(context, text, out own) || TryFilesToo(context, text) || TryDoubleTap(context, text);

    /// <summary>
    /// At the end of a turn a bare number answered: the question now open (asked or asked again in that turn: an older
    /// reminder back as "vẫn chờ", "thêm hay bản mới?" after "nộp cho việc nào?") remembers the number, and when, if it
    /// takes that number too.
    /// </summary>
    public void MarkTap(TurnContext context, ConversationState before, string text)
    {
        if (!context.AnsweredPending || context.Activity.ButtonPayload is not null || !TypedChoice.TryRead(text, out var number, out _) ||
            number == WayOut.Number || context.State.Pending is not { } next || next.Id == before.Pending?.Id || IndexOf(next, number) is null)
        {
            return;
        }

        context.State = context.State with { Pending = next with { AfterNumber = number, AfterNumberAt = time.GetUtcNow() } };
    }

    /// <summary>
    /// That number typed again within <see cref="DoubleTapWindow"/>: the question is shown again with what the number
    /// means there, and nothing is written. Later, the number is an answer like any other.
    /// </summary>
    private bool TryDoubleTap(TurnContext context, string text)
    {
        if (context.Activity.ButtonPayload is not null || context.State.Pending is not { AfterNumber: { } repeated, AfterNumberAt: { } at } open ||
            !TypedChoice.TryRead(text, out var number, out _) || number != repeated || time.GetUtcNow() - at > DoubleTapWindow ||
            IndexOf(open, number) is not { } index)
        {
            return false;
        }

        // Asked once: the number typed again after this reply is a choice made knowing what it does.
        var cleared = open with { AfterNumber = null, AfterNumberAt = null };
        context.State = context.State with { Pending = cleared };
        var label = open.Labels.ElementAtOrDefault(index) ?? open.Options[index];
        context.AskAgain(cleared,
            $"Số {number} vừa trả lời câu hỏi trước, nên bot chưa lấy số {number} vừa gõ cho câu hỏi dưới đây và chưa ghi gì (có thể tin nhắn đã gửi hai lần). " +
            $"Ở câu hỏi này, số {number} là \"{label}\": nếu đúng ý, gõ lại {number}.\n{OpenQuestions.Again("Câu hỏi đang chờ", cleared)}");
        return true;
    }
}
