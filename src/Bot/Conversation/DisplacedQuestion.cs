namespace QcdcBot.Bot.Conversation;

/// <summary>
/// A person's own question that a later message with numbered options put aside (see <c>TypedChoices</c>) is asked
/// again, word for word and with its number, as soon as nothing else is open: it is never answered by a number meant
/// for the later message, and never left without a word.
/// </summary>
internal static class DisplacedQuestion
{
    public static void Resume(TurnContext context)
    {
        if (context.State is not { Displaced: { } older, Pending: null })
        {
            return;
        }

        context.State = context.State with { Pending = older, Displaced = null };
        context.AskAgain(older, OpenQuestions.Again("Câu hỏi trước của bạn vẫn chờ trả lời", older));
    }
}
