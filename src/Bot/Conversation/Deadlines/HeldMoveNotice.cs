using QcdcBot.Bot.Conversation.State;
using QcdcBot.Bot.Text;
using QcdcBot.Storage.Deadlines;

namespace QcdcBot.Bot.Conversation.Deadlines;

/// <summary>
/// A /suahan to a day off tells the units nothing until the office's question about that day closes — answered
/// either way, backed out of with "thôi", or left for another message — and then tells them once, from the date they
/// last heard to the date the deadline then has. A question that asks again (another /suahan of the same deadline to
/// a day off) carries the wait forward; one put aside by a later message keeps it until it is asked again and closes.
/// </summary>
internal sealed class HeldMoveNotice(DeadlineStore deadlines, DueDateChangeNotice notice)
{
    /// <param name="before">The conversation state as the turn found it.</param>
    public async Task SettleAsync(ConversationState before, TurnContext context, CancellationToken ct)
    {
        if (before.Pending?.HeldMove is not { } held || context.State.Pending?.HeldMove?.DeadlineId == held.DeadlineId ||
            context.State.Displaced?.HeldMove?.DeadlineId == held.DeadlineId)
        {
            return;
        }

        if (await deadlines.GetAsync(held.DeadlineId, ct) is not { State: DeadlineState.Open } deadline || deadline.DueDate == held.From)
        {
            return;
        }

        context.Reply(new OutboundMessage($"Hạn việc #{deadline.Id} \"{deadline.Title}\" nay là {VietnameseWording.DateWithWeekday(deadline.DueDate)}." +
                                          await notice.TellAsync(context, deadline, held.From, held.Granted, ct, held.Because)) { AboutDeadlineId = deadline.Id });
    }
}
