using QcdcBot.Bot.Text;
using QcdcBot.Scheduling.Calendar;
using QcdcBot.Scheduling.Tallies;
using QcdcBot.Storage.Deadlines;
using QcdcBot.Storage.Members;

namespace QcdcBot.Bot.Conversation.Deadlines;

/// <summary>
/// What the units hear when /mohan opens a deadline again: the ones told it had ended (<see cref="DeadlineEndNotice"/>)
/// would otherwise believe nothing is needed while the reminders restart. Cancelled: every unit it was given to was
/// told, so every one hears it is open again (one that had handed in, that its work stands). Closed: the units that
/// still owe it were told, and hear it with their due date and how to hand in. Once per reopening, with the turn,
/// through the outbox.
/// </summary>
internal sealed class DeadlineReopenNotice(MemberStore members, TallyService tallies, HandInWay handIn, OfficeClock clock)
{
    /// <param name="wasCancelled">The state the deadline was reopened from.</param>
    /// <returns>How many units had someone to tell.</returns>
    public async Task<int> SendAsync(TurnContext context, Deadline reopened, bool wasCancelled, CancellationToken ct)
    {
        var tally = await tallies.ForDeadlineAsync(reopened, ct);
        var told = 0;
        foreach (var standing in wasCancelled ? tally.Units.Where(u => !u.Excused) : tally.MissingUnits)
        {
            var reachable = (await members.ForUnitAsync(standing.Unit.Id, ct)).Where(m => m.Reachable).ToList();
            foreach (var member in reachable)
            {
                var text = $"🔄 Việc #{reopened.Id} \"{reopened.Title}\" đã được Ban mở lại" + (standing.Submitted
                    ? ": bài đơn vị đã nộp vẫn được tính, không cần nộp lại."
                    : $": đơn vị vẫn cần nộp.\nHạn: {VietnameseWording.DateWithWeekday(standing.DueDate)} ({VietnameseWording.TimeLeft(standing.DueDate, clock.Today)})\n" +
                      $"Cách nộp: {await handIn.ForAsync(member, reopened.Id, ct)}");
                context.Send(new ConversationReference(member.Channel, member.ChatId, member.UserId), new OutboundMessage(text) { AboutDeadlineId = reopened.Id });
            }

            told += reachable.Count > 0 ? 1 : 0;
        }

        return told;
    }
}
