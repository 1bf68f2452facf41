using QcdcBot.Bot.Conversation.Deadlines;
using QcdcBot.Bot.Conversation.Routing;
using QcdcBot.Bot.Text;
using QcdcBot.Storage.Deadlines;

namespace QcdcBot.Bot.Conversation.Commands;

/// <summary>
/// /donghan &lt;việc&gt;: the office has compiled the reports; the deadline is closed (no more reminders). A yearly
/// deadline rolls over to next year with the same scope. The units that still owe it are told nothing more is needed.
/// </summary>
internal sealed class CloseDeadlineHandler(DeadlineArgument argument, DeadlineStore deadlines, DeadlineEndNotice notice, DayOffOffer dayOff,
    NewDeadlineNotice newNotice) : ICommandHandler
{
    public IReadOnlyList<string> Names { get; } = ["donghan"];

    public Access Access => Access.Admin;

    public string Help => "/donghan <việc> — kết thúc việc (việc hằng năm tự tạo việc của năm sau)";

    public async Task HandleAsync(TurnContext context, string arguments, CancellationToken ct)
    {
        var (name, confirmed) = Confirmation.Strip(arguments);
        var deadline = await argument.ResolveAsync(context, name, d => $"/donghan #{d.Id}", includeClosed: false, ct);
        if (deadline is null)
        {
            return;
        }

        if (!confirmed)
        {
            var running = await notice.RunningExtensionsAsync(deadline, "kết thúc", ct);
            Confirmation.Ask(context,
                $"Kết thúc việc #{deadline.Id} \"{deadline.Title}\" (hạn {VietnameseWording.Date(deadline.DueDate)})? Bot sẽ thôi nhắc việc này, báo các đơn vị chưa nộp rằng không cần nộp nữa" +
                (deadline.Recurrence == Recurrence.Yearly ? " và tạo việc của năm sau." : ".") +
                (running.Length > 0 ? $"\n⚠️ {running} — vẫn kết thúc?" : string.Empty),
                $"/donghan #{deadline.Id}", running.Length > 0 ? "Vẫn kết thúc việc này" : "Đúng, kết thúc việc này");
            return;
        }

        var result = await deadlines.CloseAsync(deadline.Id, context.Caller.Key, ct);
        if (result is null)
        {
            context.Reply(DeadlineArgument.EndedReply((await deadlines.GetAsync(deadline.Id, ct)) ?? deadline));
            return;
        }

        var (closed, next, existed) = result.Value;
        var told = await notice.ClosedAsync(context, deadline, ct);

        var text = $"Đã kết thúc việc #{closed.Id} \"{closed.Title}\". Bot không nhắc việc này nữa; các bài đã nộp vẫn được lưu. Mở lại: /mohan {closed.Id}" +
                   (told > 0 ? $"\nĐã báo {told} đơn vị chưa nộp rằng không cần nộp nữa." : string.Empty);
        if (next is not null && existed)
        {
            // Closed before, reopened (/mohan) and closed again: next year's was made the first time and stays the one.
            context.Reply(new OutboundMessage(text +
                $"\nViệc hằng năm của năm sau đã có từ lần kết thúc trước: #{next.Id} \"{next.Title}\", hạn {VietnameseWording.DateWithWeekday(next.DueDate)}" +
                $"{(next.State == DeadlineState.Open ? string.Empty : next.State == DeadlineState.Cancelled ? " (đã hủy)" : " (đã kết thúc)")}; không tạo thêm, các đơn vị không bị báo lại.")
            { AboutDeadlineId = next.Id });
            return;
        }

        if (next is not null)
        {
            text += $"\nViệc hằng năm: đã tạo #{next.Id} \"{next.Title}\", hạn {VietnameseWording.DateWithWeekday(next.DueDate)}, cùng các đơn vị.";
        }

        // Next year's date may fall on a day off (15/1 on a Saturday): flagged with the working day before offered, and
        // the units told of next year's deadline once the date is chosen, as after /giao.
        if (next is null || !dayOff.TryOffer(context, text, next.DueDate, d => DayOffOffer.MoveCommand(next.Id, d), aboutDeadlineId: next.Id, announce: next.Id))
        {
            context.Reply(new OutboundMessage(text) { AboutDeadlineId = next?.Id });
            if (next is not null)
            {
                await newNotice.SendAsync(context, next, ct);
            }
        }
    }
}
