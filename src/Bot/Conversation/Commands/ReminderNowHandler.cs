using QcdcBot.Bot.Conversation.Routing;
using QcdcBot.Scheduling.Delivery;

namespace QcdcBot.Bot.Conversation.Commands;

/// <summary>/nhacngay &lt;việc&gt;: remind the units still missing now; recorded in the ledger like any other reminder.</summary>
internal sealed class ReminderNowHandler(DeadlineArgument argument, Scheduling.Reminders.ReminderControl control, OutboxSignal signal) : ICommandHandler
{
    public IReadOnlyList<string> Names { get; } = ["nhacngay"];

    public Access Access => Access.Admin;

    public string Help => "/nhacngay <việc> — nhắc ngay các đơn vị chưa nộp";

    public async Task HandleAsync(TurnContext context, string arguments, CancellationToken ct)
    {
        var deadline = await argument.ResolveAsync(context, arguments, d => $"/nhacngay #{d.Id}", includeClosed: false, ct);
        if (deadline is null)
        {
            return;
        }

        var result = await control.SendNowAsync(deadline.Id, ct);
        if (result is null)
        {
            context.Reply("Việc này không còn mở.");
            return;
        }

        signal.Pulse();
        var text = $"Đã nhắc {result.Reminded} đơn vị chưa nộp việc \"{deadline.Title}\".";
        if (result.Unreachable > 0)
        {
            text += $" {result.Unreachable} đơn vị chưa có ai nhận tin; danh sách đã gửi riêng (xem thêm /donvi).";
        }

        if (result.AlreadySent > 0)
        {
            text += $" {result.AlreadySent} đơn vị đã được xử lý hôm nay (đã nhắc, hoặc đã báo là chưa có người nhận) nên không lặp lại.";
        }

        context.Reply(text);
    }
}
