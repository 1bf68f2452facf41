using QcdcBot.Bot.Conversation;
using QcdcBot.Bot.Conversation.State;

namespace QcdcBot.Bot.Channels;

/// <summary>
/// For channels without buttons: the numbered options of a message that reached someone outside their own turn (a
/// reminder, an extension request for an admin) become the question their conversation waits on, so typing "2"
/// does what pressing the second button would. Options of a question the person's own turn asked already are.
/// </summary>
internal sealed class TypedChoices(ConversationStateAccessor states)
{
    private const string OwnQuestion = "/chon ";

    public async Task RememberAsync(ConversationReference to, OutboundMessage message, CancellationToken ct)
    {
        if (message.Choices.Count == 0 || to.UserId is not { } user || message.Choices.Any(c => c.Payload.StartsWith(OwnQuestion, StringComparison.Ordinal)))
        {
            return;
        }

        var target = new InboundActivity(to.Channel, to.ChatId, user, user, string.Empty, []);
        var state = await states.LoadAsync(target, ct);
        var question = new PendingQuestion(Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(3)), PendingKind.Commands,
            message.Choices.Select(c => c.Payload).ToList()) { AboutDeadlineId = message.AboutDeadlineId, Shown = OpenQuestions.Subject(message.Text) };
        // A message shown later (a request to decide, a reminder) is what the next number answers: the person's own question
        // is put aside and asked again once this one is settled, and a number both take is asked about (QuestionStack.TryTwoMeanings);
        // files waiting for their deadline are parked the same way.
        var pending = state.Pending is { Labels.Count: > 0 } mine ? mine : null;
        var parked = pending is { Kind: PendingKind.UploadDeadline or PendingKind.PageOrVersion } waiting ? Conversation.Submissions.ParkedFiles.Join(state.ParkedUpload, waiting) : state.ParkedUpload;
        var displaced = QuestionStack.PutAside(state.Displaced, pending is { Kind: not (PendingKind.UploadDeadline or PendingKind.PageOrVersion) } ? pending : null);
        await states.SaveAsync(target, state with { Pending = question, ParkedUpload = parked, Displaced = displaced }, ct);
    }
}
