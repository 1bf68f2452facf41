using QcdcBot.Bot.Conversation.State;
using QcdcBot.Storage.Deadlines;

namespace QcdcBot.Bot.Conversation.Deadlines;

/// <summary>
/// A new deadline created with a question about its date still open (a due date on a day off: move it or keep it?) is
/// announced to its units when that question closes — answered either way, or left for something else — with the date
/// it then has, so units never hear one date and then another. A question that asks again carries the wait forward.
/// </summary>
internal sealed class DeferredNotice(DeadlineStore deadlines, NewDeadlineNotice notice, HeldMoveNotice heldMove)
{
    /// <param name="before">The conversation state as the turn found it.</param>
    public async Task SettleAsync(ConversationState before, TurnContext context, CancellationToken ct)
    {
        // A moved deadline's held notice settles the same way (a new deadline not yet announced holds no move: its notice carries the date).
        await heldMove.SettleAsync(before, context, ct);
        if (before.Pending?.AnnounceDeadlineId is not { } id || context.State.Pending?.AnnounceDeadlineId == id)
        {
            return;
        }

        if (await deadlines.GetAsync(id, ct) is { State: DeadlineState.Open } deadline)
        {
            await notice.SendAsync(context, deadline, ct);
        }
    }
}
