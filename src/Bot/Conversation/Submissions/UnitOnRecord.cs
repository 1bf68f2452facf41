using QcdcBot.Bot.Text;
using QcdcBot.Scheduling.Calendar;
using QcdcBot.Storage.Deadlines;
using QcdcBot.Storage.Members;
using QcdcBot.Storage.Statuses;
using QcdcBot.Storage.Submissions;
using QcdcBot.Storage.Units;

namespace QcdcBot.Bot.Conversation.Submissions;

/// <summary>
/// What the unit really has on record for a deadline (a receipt, a paper record, a colleague's "đã gửi bản giấy"),
/// with who and when: the one reader of it. A second member's "đã nộp rồi" is answered from it, not with a question
/// already answered, and an older question answered after a colleague handed the deadline in writes nothing.
/// </summary>
internal sealed class UnitOnRecord(SubmissionStore submissions, StatusNoteStore notes, MemberStore members, OfficeClock clock)
{
    /// <summary>Whether the bot holds a submission (files, or the office's record of paper) rather than only the unit's word.</summary>
    public async Task<bool> HasSubmissionAsync(Unit unit, Deadline deadline, CancellationToken ct) => await submissions.LatestAsync(unit.Id, deadline.Id, ct) is not null;

    /// <summary>True (and said) when a status reply's deadline was handed in since the unit was asked: nothing is recorded.</summary>
    public Task<bool> HandedInMeanwhileAsync(TurnContext context, Unit unit, Deadline deadline, StatusState state, string? reference, CancellationToken ct) =>
        SaidHandedInAsync(context, unit, deadline, _ => true, $"ghi \"{StatusKeywords.Describe(state, reference)}\" vào việc đó", ct);

    /// <summary>
    /// True (and said) when an extension asked before ("cho việc nào?", "đến ngày nào?") is answered after the unit handed
    /// the deadline in on time: nothing is sent to the office. Handed in late, the request is taken, as a fresh one by number is
    /// (an approval re-grades the report).
    /// </summary>
    public Task<bool> ExtensionUnneededAsync(TurnContext context, Unit unit, Deadline deadline, CancellationToken ct) =>
        SaidHandedInAsync(context, unit, deadline, latest => latest.OnTime, "gửi đề nghị gia hạn: việc đã nộp đúng hạn, không cần gia hạn", ct);

    private async Task<bool> SaidHandedInAsync(TurnContext context, Unit unit, Deadline deadline, Func<Submission, bool> refuses, string notDone, CancellationToken ct)
    {
        if (await submissions.LatestAsync(unit.Id, deadline.Id, ct) is not { } latest || !refuses(latest))
        {
            return false;
        }

        var by = await MemberAsync(latest.ByWhom, ct) is { DisplayName.Length: > 0 } member ? $", {member.DisplayName}" : string.Empty;
        context.Reply(new OutboundMessage(
            $"Việc #{deadline.Id} \"{deadline.Title}\" đơn vị đã nộp rồi (bài nộp đến sau khi bot hỏi: lúc {At(latest.ReceivedAt)}{by}), " +
            $"nên bot không {notDone}. Gõ /viec để xem biên nhận.")
        { AboutDeadlineId = deadline.Id });
        return true;
    }

    /// <summary>One line for <paramref name="deadline"/> ("biên nhận số …, Thư ký A nộp lúc 14:05 …"), or null when the unit has nothing on record.</summary>
    public async Task<string?> LineAsync(Unit unit, Deadline deadline, CancellationToken ct)
    {
        if (await submissions.LatestAsync(unit.Id, deadline.Id, ct) is { } s)
        {
            var office = s.Note.Length == 0 ? "văn phòng ghi nhận bản giấy/email" : $"văn phòng ghi nhận: {TextCut.Excerpt(s.Note, 60)}";
            return s.Method == SubmissionMethod.Paper
                ? $"{Names(deadline)}: đã nộp, biên nhận số {s.ReceiptNo} ({office}, ngày {VietnameseWording.Date(s.ReceivedLocalDate)})."
                : $"{Names(deadline)}: đã nộp, biên nhận số {s.ReceiptNo} ({FileCountText.Of(s.Files)}), {await WhoAsync(s.ByWhom, ct)} nộp lúc {At(s.ReceivedAt)} {ReceiptText.Way(s.Channel)}.";
        }

        var said = (await notes.ForUnitAsync(unit.Id, ct)).LastOrDefault(n => n.DeadlineId == deadline.Id);
        return said is { State: not StatusState.InProgress, IsRefused: false }
            ? $"{Names(deadline)}: {await WhoAsync(said.CreatedBy, ct)} đã báo \"{StatusKeywords.Describe(said.State, said.Reference)}\" lúc {At(said.CreatedAt)}; bot chưa có tệp."
            : null;
    }

    private static string Names(Deadline d) => $"#{d.Id} \"{d.Title}\"";

    private string At(DateTimeOffset instant) => VietnameseWording.Time(clock.ToLocal(instant));

    /// <summary>The member's name for a "channel:id" key; the key itself for someone no longer bound.</summary>
    private async Task<string> WhoAsync(string key, CancellationToken ct) => await MemberAsync(key, ct) is { } member ? member.DisplayName : key;

    /// <summary>The member a "channel:id" key names (who handed in or reported), or null for someone no longer bound.</summary>
    public async Task<Member?> MemberAsync(string key, CancellationToken ct) =>
        key.IndexOf(':', StringComparison.Ordinal) is var colon and > 0 ? await members.FindAsync(key[..colon], key[(colon + 1)..], ct) : null;
}
