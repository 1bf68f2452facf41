using QcdcBot.Bot.Conversation.State;

namespace QcdcBot.Bot.Conversation;

/// <summary>
/// A number typed bare twice in a row (a double tap, or a "2" meant as "#2" and repeated) must not answer two
/// questions: when the number that answered one question is also a choice of the question asked or asked again right
/// after it (an older reminder back as "vẫn chờ", "thêm hay bản mới?" after "nộp cho việc nào?", an older request to
/// decide), the same number typed next is asked about once, naming what it would do there, and nothing is written.
/// </summary>
internal static class DoubleTap
{
    /// <summary>At the end of a turn a bare number answered: the question now open remembers that number if it takes it.</summary>
    public static void Mark(TurnContext context, ConversationState before, string text)
    {
        if (!context.AnsweredPending || context.Activity.ButtonPayload is not null || !TypedChoice.TryRead(text, out var number, out _) ||
            number == WayOut.Number || context.State.Pending is not { } next || next.Id == before.Pending?.Id || IndexOf(next, number) < 0)
        {
            return;
        }

        context.State = context.State with { Pending = next with { AfterNumber = number } };
    }

    /// <summary>That number typed again: the question is shown again with what the number means there; true when the turn is answered here.</summary>
    public static bool TryAsk(TurnContext context, string text)
    {
        if (context.Activity.ButtonPayload is not null || context.State.Pending is not { AfterNumber: { } repeated } open ||
            !TypedChoice.TryRead(text, out var number, out _) || number != repeated)
        {
            return false;
        }

        var index = IndexOf(open, number);
        if (index < 0)
        {
            return false;
        }

        // Asked once: the number typed again after this reply is a choice made knowing what it does.
        var cleared = open with { AfterNumber = null };
        context.State = context.State with { Pending = cleared };
        var label = open.Labels.ElementAtOrDefault(index) ?? open.Options[index];
        context.AskAgain(cleared,
            $"Số {number} vừa trả lời câu hỏi trước, nên bot chưa lấy số {number} vừa gõ cho câu hỏi dưới đây và chưa ghi gì (có thể tin nhắn đã gửi hai lần). " +
            $"Ở câu hỏi này, số {number} là \"{label}\": nếu đúng ý, gõ lại {number}.\n{OpenQuestions.Again("Câu hỏi đang chờ", cleared)}");
        return true;
    }

    /// <summary>The 0-based choice <paramref name="number"/> picks in <paramref name="question"/>, or -1.</summary>
    private static int IndexOf(PendingQuestion question, int number)
    {
        var index = question.Numbers is { } numbers ? numbers.ToList().IndexOf(number) : number - 1;
        return index >= 0 && index < question.Options.Count ? index : -1;
    }
}
