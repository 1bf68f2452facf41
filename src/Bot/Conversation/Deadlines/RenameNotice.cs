using QcdcBot.Bot.Text;
using QcdcBot.Scheduling.Tallies;
using QcdcBot.Storage.Deadlines;
using QcdcBot.Storage.Members;

namespace QcdcBot.Bot.Conversation.Deadlines;

/// <summary>
/// Tells the units that still owe a renamed deadline its new name in one line (through the outbox, with this turn),
/// as a due-date change tells them the new date: the reminders and the "việc nào?" lists will use the new name, so
/// a unit that has still to act would not know the deadline otherwise. A unit that handed in or was excused has
/// nothing left to do on it and is not disturbed; its receipts keep the number.
/// </summary>
internal sealed class RenameNotice(TallyService tallies, MemberStore members)
{
    /// <returns>What the admin is told, starting on a new line.</returns>
    public async Task<string> TellAsync(TurnContext context, Deadline renamed, string oldTitle, CancellationToken ct)
    {
        var tally = await tallies.ForDeadlineAsync(renamed, ct);
        var owing = tally.Units.Where(u => u.Owes).ToDictionary(u => u.Unit.Id, u => u.DueDate);
        var told = new HashSet<long>();
        foreach (var member in (await members.AllAsync(ct)).Where(m => m is { Reachable: true, UnitId: { } unitId } && owing.ContainsKey(unitId)))
        {
            var due = owing[member.UnitId!.Value];
            var notice = $"{context.Names.Office} đã đổi tên việc #{renamed.Id}: \"{oldTitle}\" → \"{renamed.Title}\" (hạn vẫn là {VietnameseWording.DateWithWeekday(due)}).";
            context.Send(new ConversationReference(member.Channel, member.ChatId, member.UserId), new OutboundMessage(notice) { AboutDeadlineId = renamed.Id });
            told.Add(member.UnitId!.Value);
        }

        var done = tally.Units.Count - owing.Count;
        return owing.Count == 0
            ? $"\nKhông báo đơn vị nào: {done} đơn vị đều đã nộp hoặc được miễn."
            : $"\nĐã báo tên mới cho {told.Count}/{owing.Count} đơn vị còn phải nộp" +
              (told.Count < owing.Count ? " (các đơn vị còn lại chưa có ai nhận tin)" : string.Empty) +
              (done > 0 ? $"; {done} đơn vị đã nộp hoặc được miễn không cần báo." : ".");
    }
}
