using QcdcBot.Bot.Conversation.Routing;
using QcdcBot.Bot.Text;
using QcdcBot.Storage.Deadlines;

namespace QcdcBot.Bot.Conversation.Commands;

/// <summary>/mohan &lt;việc&gt;: opens a closed or cancelled deadline again, so a close by mistake can be undone (audited).</summary>
internal sealed class ReopenDeadlineHandler(DeadlineArgument argument, DeadlineStore deadlines) : ICommandHandler
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

        var deadline = await argument.ResolveAsync(context, arguments, d => $"/mohan #{d.Id}", includeClosed: true, ct);
        if (deadline is null)
        {
            return;
        }

        if (await deadlines.ReopenAsync(deadline.Id, context.Caller.Key, ct) is not { } reopened)
        {
            context.Reply($"Việc #{deadline.Id} \"{deadline.Title}\" đang mở, không cần mở lại.");
            return;
        }

        context.Reply(new OutboundMessage(
            $"Đã mở lại việc #{reopened.Id} \"{reopened.Title}\", hạn {VietnameseWording.DateWithWeekday(reopened.DueDate)}. Bot nhắc lại các đơn vị chưa nộp.")
        { AboutDeadlineId = reopened.Id });
    }
}
