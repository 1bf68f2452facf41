using QcdcBot.Bot.Text;
using QcdcBot.Scheduling.Calendar;
using QcdcBot.Storage.Deadlines;
using QcdcBot.Storage.Members;
using QcdcBot.Storage.Units;

namespace QcdcBot.Bot.Conversation.Deadlines;

/// <summary>
/// Tells each bound member of each unit a new deadline applies to, once, on their own channel: its title, number,
/// due date and how to hand in there. The notices leave with the turn that created the deadline, so the outbox sends
/// each exactly once within the channel's limits. A deadline created already past due gets none: the office set it
/// knowingly (after confirming the past date), and the reminders and /viec already show the unit what is owed.
/// </summary>
internal sealed class NewDeadlineNotice(UnitStore units, MemberStore members, OfficeClock clock, HandInWay handIn, DayOffOffer dayOff)
{
    public async Task SendAsync(TurnContext context, Deadline deadline, CancellationToken ct)
    {
        if (deadline.DueDate < clock.Today)
        {
            return;
        }

        // A due date kept on a day off (the question answered "giữ", or left unanswered) is said, as reminders say it.
        var due = dayOff.DueWithTimeLeft(deadline.DueDate, clock.Today);
        foreach (var unit in (await units.AllAsync(ct)).Where(deadline.Covers))
        {
            foreach (var member in (await members.ForUnitAsync(unit.Id, ct)).Where(m => m.Reachable))
            {
                var text = $"📌 Việc mới #{deadline.Id}: {deadline.Title}\n" +
                           $"Hạn: {due}\n" +
                           DeadlineText.LetterNote(deadline) +
                           $"Cách nộp: {await handIn.ForAsync(member, deadline.Id, ct)}";
                context.Send(new ConversationReference(member.Channel, member.ChatId, member.UserId), new OutboundMessage(text) { AboutDeadlineId = deadline.Id });
            }
        }
    }
}
