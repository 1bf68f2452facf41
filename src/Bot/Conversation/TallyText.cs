using QcdcBot.Bot.Conversation.Submissions;
using System.Text;
using QcdcBot.Bot.Text;
using QcdcBot.Scheduling.Calendar;
using QcdcBot.Scheduling.Tallies;
using QcdcBot.Storage.Statuses;

namespace QcdcBot.Bot.Conversation;

/// <summary>The words for a tally; /tinhhinh and the digest say the same numbers the same way.</summary>
internal sealed class TallyText(OfficeClock clock)
{
    public string Summary(DeadlineCounts t)
    {
        var text = new StringBuilder();
        text.AppendLine($"#{t.Deadline.Id} {DeadlineText.Line(t.Deadline, clock.Today, complete: t.Completion.Complete)}");
        text.AppendLine(CompletionWording.Units(t.Completion));
        text.AppendLine($"• Đúng hạn: {t.OnTime} • Trễ: {t.Late} • Được gia hạn: {t.Extended}");
        if (t.Excused > 0)
        {
            text.AppendLine($"• Được miễn (không có nội dung phát sinh): {t.Excused}");
        }
        var statuses = t.StatusCounts;
        if (statuses.Count > 0)
        {
            var parts = new[] { StatusState.InProgress, StatusState.SentOnPaper, StatusState.SentViaIOffice, StatusState.SentByEmail, StatusState.NothingToReport }
                .Where(statuses.ContainsKey)
                .Select(s => $"{statuses[s]} {StatusKeywords.CountLabel(s)}");
            text.AppendLine($"• Chưa nộp nhưng đã báo: {string.Join(", ", parts)}");
        }

        if (t.ExtensionPending > 0)
        {
            text.AppendLine($"• Xin gia hạn, chờ duyệt: {t.ExtensionPending}");
        }

        foreach (var (reason, count) in t.OwedAfterRefusal.Where(r => r.Count > 0))
        {
            var words = RefusalWording.For(reason);
            text.AppendLine($"• {words.Heading}{words.TallyNote}: {count}");
        }

        text.Append($"• Chưa nộp, {SilentWording.Label(t.Deadline.State)}: {t.Silent}");
        return text.ToString();
    }

}
