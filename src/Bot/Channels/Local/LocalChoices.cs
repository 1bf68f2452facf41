using QcdcBot.Bot.Conversation;
using QcdcBot.Bot.Conversation.State;

namespace QcdcBot.Bot.Channels.Local;

/// <summary>
/// In a real chat the recipient would press a button; in the terminal they switch with /la and type the number, so
/// the choices of a message sent to them (a reply to someone else, or a reminder from the outbox) become the question
/// their conversation is waiting on.
/// </summary>
internal sealed class LocalChoices(ConversationStateAccessor states)
{
    public async Task RememberAsync(ConversationReference to, OutboundMessage message, CancellationToken ct)
    {
        if (to.Channel != LocalChat.Channel || message.Choices.Count == 0 || to.UserId is not { } user)
        {
            return;
        }

        var target = new InboundActivity(LocalChat.Channel, to.ChatId, user, user, string.Empty, []);
        var state = await states.LoadAsync(target, ct);
        var question = new PendingQuestion(Guid.NewGuid().ToString("N")[..6], PendingKind.Commands, message.Choices.Select(c => c.Payload).ToList())
        {
            Labels = message.Choices.Select(c => c.Label).ToList(),
            AboutDeadlineId = message.AboutDeadlineId,
            Shown = OpenQuestions.Subject(message.Text),
        };
        // Files still waiting for "which deadline?" are kept aside, and asked about again once this is answered.
        var parked = state.Pending is { Kind: PendingKind.UploadDeadline or PendingKind.PageOrVersion } waiting ? Conversation.Submissions.ParkedFiles.Join(state.ParkedUpload, waiting) : state.ParkedUpload;
        // The person's own question (a /giao day-off choice holding the units' notice) is put aside and asked again once
        // this is settled, as on Zalo: overwritten, its answer and the notice it held were lost.
        // A second request over a first one keeps the person's own question aside, not the first request (still listed by /duyet).
        var displaced = QuestionStack.PutAside(state.Displaced, state.Pending is { Labels.Count: > 0, Kind: not (PendingKind.UploadDeadline or PendingKind.PageOrVersion) } mine ? mine : null);
        await states.SaveAsync(target, state with { Pending = question, ParkedUpload = parked, Displaced = displaced }, ct);
    }
}
