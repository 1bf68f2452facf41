using QcdcBot.Bot.Conversation.State;
using QcdcBot.Storage.Deadlines;
using QcdcBot.Storage.Statuses;

namespace QcdcBot.Bot.Conversation.Submissions;

/// <summary>"đang làm", "đã gửi bản giấy", "đã gửi qua iOffice số …", "không có nội dung phát sinh" are recorded on (unit, deadline).</summary>
internal sealed class StatusReplyFlow(StatusNoteStore notes, DeadlinePicker picker)
{
    public async Task<bool> TryHandleAsync(TurnContext context, CancellationToken ct)
    {
        if (!context.Caller.IsSecretary || StatusKeywords.Match(context.Text) is not { } match)
        {
            return false;
        }

        var unit = context.Caller.Unit!;
        var (chosen, candidates) = await picker.PickAsync(context, unit, null, ct, unsubmittedOnly: true);
        if (chosen is not null)
        {
            await RecordAsync(context, chosen, match.State, context.Text, match.Reference, ct);
            return true;
        }

        if (candidates.Count == 0)
        {
            context.Reply("Đơn vị hiện không có việc nào đang mở, nên chưa có gì để ghi nhận trạng thái.");
            return true;
        }

        picker.Ask(context, $"Ghi nhận \"{StatusKeywords.Describe(match.State, match.Reference)}\" cho việc nào?",
            new PendingQuestion(string.Empty, PendingKind.StatusDeadline, []) { StatusState = match.State.ToString(), Text = context.Text, Reference = match.Reference },
            candidates);
        return true;
    }

    public async Task RecordAsync(TurnContext context, Deadline deadline, StatusState state, string text, string? reference, CancellationToken ct)
    {
        var unit = context.Caller.Unit!;
        await notes.AddAsync(unit.Id, deadline.Id, state, text, reference, context.Caller.Key, ct);
        var tail = state switch
        {
            StatusState.InProgress => " Bot vẫn sẽ nhắc cho đến khi đơn vị nộp.",
            StatusState.NothingToReport => " Ban Tuyên giáo sẽ xem xét.",
            _ => " Khi có thể, xin gửi thêm bản điện tử (tệp) qua bot.",
        };
        context.Reply(new OutboundMessage($"Đã ghi nhận: {unit.Name} — \"{deadline.Title}\": {StatusKeywords.Describe(state, reference)}.{tail}") { AboutDeadlineId = deadline.Id });
    }
}
