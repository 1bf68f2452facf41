using QcdcBot.Bot.Conversation.Routing;
using QcdcBot.Scheduling.Delivery;
using QcdcBot.Storage.Reminders;

namespace QcdcBot.Bot.Conversation.Commands;

/// <summary>/nhacngay &lt;việc&gt;: remind the units still missing now; recorded in the ledger like any other reminder.</summary>
internal sealed class ReminderNowHandler(DeadlineArgument argument, Scheduling.Reminders.ReminderControl control, OutboxSignal signal, TurnAttempt attempt) : ICommandHandler
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

        var asker = context.Activity.Reference;
        var result = await control.SendNowAsync(deadline.Id, new FanoutRequester(asker.Channel, asker.ChatId, asker.UserId), ct);
        if (result is null)
        {
            context.Reply("Việc này không còn mở.");
            return;
        }

        signal.Pulse();
        var text = $"Đã nhắc {result.Reminded} đơn vị chưa nộp việc \"{deadline.Title}\".";
        if (attempt.IsRedelivery)
        {
            // The fan-out commits with the turn: the cut-off attempt reminded nobody, this one reminded everyone once.
            text = "Lệnh /nhacngay này bị gián đoạn lần trước vì bot dừng đột ngột giữa chừng; phần dở dang không được ghi " +
                   "nên bot đã tự làm lại trọn vẹn, mỗi đơn vị chỉ nhận một lời nhắc. " + text;
        }

        if (result.Unreachable > 0)
        {
            // The list itself, never "sent separately": the admins' notice names at most a few (see AdminNoticeText).
            text += $" {result.Unreachable} đơn vị chưa có ai nhận tin nên không được nhắc: {string.Join(", ", result.UnreachableCodes)} " +
                    "(cấp mã đăng ký: /madangky <mã>; /donvi <mã> xem đơn vị).";
        }

        if (result.Paused > 0)
        {
            text += $" {ReminderPreviewHandler.PausedText(result.Paused)} (chờ văn phòng kiểm tra) nên không nhắc.";
        }

        if (result.AlreadySent > 0)
        {
            text += $" {result.AlreadySent} đơn vị đã được xử lý hôm nay (đã nhắc, hoặc đã báo là chưa có người nhận) nên không lặp lại.";
        }

        context.Reply(text);
    }
}
