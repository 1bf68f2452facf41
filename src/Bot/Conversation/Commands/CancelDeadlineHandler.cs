using QcdcBot.Bot.Conversation.Routing;
using QcdcBot.Storage.Deadlines;

namespace QcdcBot.Bot.Conversation.Commands;

/// <summary>/huyhan &lt;hạn&gt;: marks a deadline cancelled. Nothing is deleted: its submissions stay.</summary>
internal sealed class CancelDeadlineHandler(DeadlineArgument argument, DeadlineStore deadlines) : ICommandHandler
{
    public IReadOnlyList<string> Names { get; } = ["huyhan"];

    public Access Access => Access.Admin;

    public string Help => "/huyhan <việc> — hủy việc đã giao (các bài đã nộp vẫn được giữ)";

    public async Task HandleAsync(TurnContext context, string arguments, CancellationToken ct)
    {
        var deadline = await argument.ResolveAsync(context, arguments, d => $"/huyhan #{d.Id}", includeClosed: false, ct);
        if (deadline is null)
        {
            return;
        }

        await deadlines.CancelAsync(deadline.Id, context.Caller.Key, ct);
        context.Reply($"Đã hủy việc #{deadline.Id} \"{deadline.Title}\". Bot sẽ không nhắc việc này nữa; các bài đã nộp vẫn được lưu.");
    }
}
