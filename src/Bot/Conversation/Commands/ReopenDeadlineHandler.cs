using QcdcBot.Bot.Conversation.Deadlines;
using QcdcBot.Bot.Conversation.Routing;
using QcdcBot.Bot.Text;
using QcdcBot.Scheduling.Calendar;
using QcdcBot.Storage.Deadlines;

namespace QcdcBot.Bot.Conversation.Commands;

/// <summary>
/// /mohan &lt;việc&gt;: opens a closed or cancelled deadline again, so a close by mistake can be undone (audited). It
/// restarts reminders to every unit still missing, so like closing it names its target and runs once confirmed; the
/// units told it had ended are told it is open again (<see cref="DeadlineReopenNotice"/>).
/// </summary>
internal sealed class ReopenDeadlineHandler(DeadlineArgument argument, DeadlineStore deadlines, OfficeClock clock, DeadlineReopenNotice notice) : ICommandHandler
{
    public IReadOnlyList<string> Names { get; } = ["mohan"];

    public Access Access => Access.Admin;

    public string Help => "/mohan <việc> — mở lại việc đã kết thúc hoặc đã hủy";

    public async Task HandleAsync(TurnContext context, string arguments, CancellationToken ct)
    {
        if (arguments.Trim().Length == 0)
        {
            context.Reply("Cách dùng: /mohan <việc>, ví dụ /mohan #3. Gõ /hanchot tất cả để xem các việc đã kết thúc.");
            return;
        }

        var (name, confirmed) = Confirmation.Strip(arguments);
        var deadline = await argument.ResolveAsync(context, name, d => $"/mohan #{d.Id}", includeClosed: true, ct);
        if (deadline is null)
        {
            return;
        }

        if (!confirmed && deadline.State != DeadlineState.Open)
        {
            var state = deadline.State == DeadlineState.Cancelled ? "đã hủy" : "đã kết thúc";
            Confirmation.Ask(context,
                $"Mở lại việc #{deadline.Id} \"{deadline.Title}\" ({state}; hạn {VietnameseWording.Date(deadline.DueDate)}, {VietnameseWording.TimeLeft(deadline.DueDate, clock.Today)})? " +
                "Bot sẽ nhắc lại các đơn vị chưa nộp.",
                $"/mohan #{deadline.Id}", "Đúng, mở lại việc này");
            return;
        }

        if (await deadlines.ReopenAsync(deadline.Id, context.Caller.Key, ct) is not { } reopened)
        {
            context.Reply($"Việc #{deadline.Id} \"{deadline.Title}\" đang mở, không cần mở lại.");
            return;
        }

        var told = await notice.SendAsync(context, reopened, deadline.State == DeadlineState.Cancelled, ct);
        context.Reply(new OutboundMessage(
            $"Đã mở lại việc #{reopened.Id} \"{reopened.Title}\", hạn {VietnameseWording.DateWithWeekday(reopened.DueDate)}. " +
            (told > 0 ? $"Đã báo {told} đơn vị việc được mở lại. " : "Chưa đơn vị nào có người nhận tin qua bot để báo. ") +
            "Bot nhắc lại các đơn vị chưa nộp." +
            (await deadlines.RolledOverToAsync(reopened.Id, ct) is { } next
                ? $"\nViệc của năm sau đã tạo khi kết thúc lần trước vẫn giữ: #{next.Id} \"{next.Title}\"; kết thúc lại việc này sẽ không tạo thêm."
                : string.Empty))
        { AboutDeadlineId = reopened.Id });
    }
}
