using QcdcBot.Bot.Conversation.Deadlines;
using QcdcBot.Bot.Conversation.Routing;
using QcdcBot.Storage.Deadlines;

namespace QcdcBot.Bot.Conversation.Commands;

/// <summary>/huyhan &lt;hạn&gt;: marks a deadline cancelled and tells its units. Nothing is deleted: its submissions stay.</summary>
internal sealed class CancelDeadlineHandler(DeadlineArgument argument, DeadlineStore deadlines, DeadlineEndNotice notice) : ICommandHandler
{
    public IReadOnlyList<string> Names { get; } = ["huyhan"];

    public Access Access => Access.Admin;

    public string Help => "/huyhan <việc> — hủy việc đã giao (các bài đã nộp vẫn được giữ)";

    public async Task HandleAsync(TurnContext context, string arguments, CancellationToken ct)
    {
        // Cancelling cannot be undone by a command, so it is asked for once more: "/huyhan 1" may name the wrong list.
        var (name, confirmed) = Confirmation.Strip(arguments);
        var deadline = await argument.ResolveAsync(context, name, d => $"/huyhan #{d.Id}", includeClosed: false, ct);
        if (deadline is null)
        {
            return;
        }

        if (!confirmed)
        {
            var running = await notice.RunningExtensionsAsync(deadline, "hủy", ct);
            Confirmation.Ask(context,
                $"Hủy việc #{deadline.Id} \"{deadline.Title}\" (hạn {Text.VietnameseWording.Date(deadline.DueDate)})? Bot sẽ thôi nhắc việc này và báo các đơn vị được giao; các bài đã nộp vẫn được giữ (mở lại được bằng /mohan {deadline.Id})." +
                (running.Length > 0 ? $"\n⚠️ {running} — vẫn hủy?" : string.Empty),
                $"/huyhan #{deadline.Id}", running.Length > 0 ? "Vẫn hủy việc này" : "Đúng, hủy việc này");
            return;
        }

        if (await deadlines.CancelAsync(deadline.Id, context.Caller.Key, ct) is null)
        {
            context.Reply(DeadlineArgument.EndedReply((await deadlines.GetAsync(deadline.Id, ct)) ?? deadline));
            return;
        }

        var told = await notice.CancelledAsync(context, deadline, ct);
        context.Reply($"Đã hủy việc #{deadline.Id} \"{deadline.Title}\". Bot sẽ không nhắc việc này nữa; các bài đã nộp vẫn được lưu.\n{Told(told)}");
    }

    private static string Told(int units) => units == 0
        ? "Chưa đơn vị nào có người nhận tin qua bot, nên chưa báo được ai."
        : $"Đã báo {units} đơn vị rằng việc đã hủy.";
}
