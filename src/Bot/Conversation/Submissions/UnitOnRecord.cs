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
/// with who and when: a second member's "đã nộp rồi" is answered from it, not with a question already answered.
/// </summary>
internal sealed class UnitOnRecord(SubmissionStore submissions, StatusNoteStore notes, MemberStore members, OfficeClock clock)
{
    /// <summary>One line for <paramref name="deadline"/> ("biên nhận số …, Thư ký A nộp lúc 14:05 …"), or null when the unit has nothing on record.</summary>
    /// <summary>Whether the bot holds a submission (files, or the office's record of paper) rather than only the unit's word.</summary>
    public async Task<bool> HasSubmissionAsync(Unit unit, Deadline deadline, CancellationToken ct) => await submissions.LatestAsync(unit.Id, deadline.Id, ct) is not null;

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
    private async Task<string> WhoAsync(string key, CancellationToken ct)
    {
        var parts = key.Split(':', 2);
        return parts.Length == 2 && await members.FindAsync(parts[0], parts[1], ct) is { } member ? member.DisplayName : key;
    }
}
