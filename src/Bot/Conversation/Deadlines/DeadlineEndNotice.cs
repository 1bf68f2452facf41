using QcdcBot.Bot.Text;
using QcdcBot.Scheduling.Calendar;
using QcdcBot.Scheduling.Reminders;
using QcdcBot.Scheduling.Tallies;
using QcdcBot.Storage.Deadlines;
using QcdcBot.Storage.Delivery;
using QcdcBot.Storage.Members;

namespace QcdcBot.Bot.Conversation.Deadlines;

/// <summary>
/// What the units hear when a deadline ends before they are done with it. Cancelled: every unit it was given to
/// (they were told "📌 Việc mới" and would otherwise keep preparing it). Closed: the units that still owe it, that
/// nothing more is needed (those who handed in have nothing to do). The notices leave with the turn, through the
/// outbox, once; reminders already queued for the deadline are withdrawn so none reaches a unit afterwards.
/// </summary>
internal sealed class DeadlineEndNotice(MemberStore members, TallyService tallies, OutboxStore outbox, OfficeClock clock)
{
    /// <summary>
    /// For the close or cancel question: the units that have not handed in and are still inside an extension the
    /// office approved ("TTRA được gia hạn đến Thứ Sáu, 29/1/2027, còn 7 ngày"), joined by "; "; empty when none.
    /// Ending the deadline tells them the work is over before the date the office gave them. Then the units whose own
    /// request is still waiting ("SYT đang xin gia hạn đến 31/10/2024, chưa duyệt — hủy thì đề nghị đó đóng lại"):
    /// an ended deadline awaits no decision, so ending it answers the request too.
    /// </summary>
    /// <param name="ending">The verb of the question: "hủy" or "kết thúc".</param>
    public async Task<string> RunningExtensionsAsync(Deadline deadline, string ending, CancellationToken ct)
    {
        var today = clock.Today;
        var tally = await tallies.ForDeadlineAsync(deadline, ct);
        var running = tally.MissingUnits.Where(u => u.Extended && u.DueDate >= today).OrderBy(u => u.DueDate)
            .Select(u => $"{u.Unit.Code} được gia hạn đến {VietnameseWording.DateWithWeekday(u.DueDate)}, {VietnameseWording.TimeLeft(u.DueDate, today)}, chưa nộp");
        var asking = tally.MissingUnits.Where(u => u.PendingExtension is not null).OrderBy(u => u.PendingExtension!.RequestedDate)
            .Select(u => $"{u.Unit.Code} đang xin gia hạn đến {VietnameseWording.Date(u.PendingExtension!.RequestedDate)}, chưa duyệt — {ending} thì đề nghị đó đóng lại");
        return string.Join("; ", running.Concat(asking));
    }

    /// <summary>Tells the units; returns how many units had someone to tell.</summary>
    public async Task<int> CancelledAsync(TurnContext context, Deadline deadline, CancellationToken ct)
    {
        var tally = await tallies.ForDeadlineAsync(deadline, ct);
        await outbox.WithdrawPendingAsync(ReminderSweep.KeyPrefix(deadline.Id), "withdrawn: deadline cancelled", ct);
        return await TellAsync(context, deadline, tally.Units, s =>
            $"❌ Việc #{deadline.Id} \"{deadline.Title}\" (hạn {VietnameseWording.Date(deadline.DueDate)}) đã được Ban hủy: đơn vị không cần nộp nữa." +
            (s.Submitted ? " Bài đơn vị đã nộp vẫn được lưu." : string.Empty), ct);
    }

    /// <summary>Tells the units that still owe it; returns how many of them had someone to tell.</summary>
    public async Task<int> ClosedAsync(TurnContext context, Deadline deadline, CancellationToken ct)
    {
        var tally = await tallies.ForDeadlineAsync(deadline, ct);
        await outbox.WithdrawPendingAsync(ReminderSweep.KeyPrefix(deadline.Id), "withdrawn: deadline closed", ct);
        return await TellAsync(context, deadline, tally.MissingUnits, _ =>
            $"Việc #{deadline.Id} \"{deadline.Title}\" (hạn {VietnameseWording.Date(deadline.DueDate)}) đã kết thúc: Ban đã tổng hợp, đơn vị không cần nộp nữa.", ct);
    }

    private async Task<int> TellAsync(TurnContext context, Deadline deadline, IEnumerable<UnitStanding> standings, Func<UnitStanding, string> text, CancellationToken ct)
    {
        var told = 0;
        foreach (var standing in standings)
        {
            var reachable = (await members.ForUnitAsync(standing.Unit.Id, ct)).Where(m => m.Reachable).ToList();
            foreach (var member in reachable)
            {
                context.Send(new ConversationReference(member.Channel, member.ChatId, member.UserId), new OutboundMessage(text(standing)) { AboutDeadlineId = deadline.Id });
            }

            told += reachable.Count > 0 ? 1 : 0;
        }

        return told;
    }
}
