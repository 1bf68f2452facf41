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
        if (state.Pending is { Labels.Count: > 0 })
        {
            // The person is answering a question of their own turn (it has labels; ours have none): their next "2"
            // means that question's option. The reminder's options still work by their words ("đang làm", /nopfile).
            return;
        }

        var question = new PendingQuestion(Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(3)), PendingKind.Commands,
            message.Choices.Select(c => c.Payload).ToList()) { AboutDeadlineId = message.AboutDeadlineId };
        await states.SaveAsync(target, state with { Pending = question }, ct);
    }
}
