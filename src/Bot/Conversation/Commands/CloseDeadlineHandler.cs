using QcdcBot.Bot.Conversation.Routing;
using QcdcBot.Bot.Text;
using QcdcBot.Storage.Deadlines;

namespace QcdcBot.Bot.Conversation.Commands;

/// <summary>
/// /donghan &lt;việc&gt;: the office has compiled the reports; the deadline is closed (no more reminders). A yearly
/// deadline rolls over to next year with the same scope.
/// </summary>
internal sealed class CloseDeadlineHandler(DeadlineArgument argument, DeadlineStore deadlines) : ICommandHandler
{
    public IReadOnlyList<string> Names { get; } = ["donghan"];

    public Access Access => Access.Admin;

    public string Help => "/donghan <việc> — kết thúc việc (việc hằng năm tự tạo việc của năm sau)";

    public async Task HandleAsync(TurnContext context, string arguments, CancellationToken ct)
    {
        var deadline = await argument.ResolveAsync(context, arguments, d => $"/donghan #{d.Id}", includeClosed: false, ct);
        if (deadline is null)
        {
            return;
        }

        var result = await deadlines.CloseAsync(deadline.Id, context.Caller.Key, ct);
        if (result is null)
        {
            context.Reply($"Việc \"{deadline.Title}\" đã kết thúc trước đó.");
            return;
        }

        var (closed, next) = result.Value;

        var text = $"Đã kết thúc việc #{closed.Id} \"{closed.Title}\". Bot không nhắc việc này nữa; các bài đã nộp vẫn được lưu.";
        if (next is not null)
        {
            text += $"\nViệc hằng năm: đã tạo #{next.Id} \"{next.Title}\", hạn {VietnameseWording.DateWithWeekday(next.DueDate)}, cùng các đơn vị.";
        }

        context.Reply(new OutboundMessage(text) { AboutDeadlineId = next?.Id });
    }
}
