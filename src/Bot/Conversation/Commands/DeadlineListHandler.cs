using System.Text;
using QcdcBot.Bot.Conversation.Routing;
using QcdcBot.Bot.Text;
using QcdcBot.Scheduling.Calendar;
using QcdcBot.Scheduling.Tallies;
using QcdcBot.Storage.Deadlines;

namespace QcdcBot.Bot.Conversation.Commands;

/// <summary>/hanchot: every open deadline with its progress; "/hanchot tat ca" adds closed and cancelled ones.</summary>
internal sealed class DeadlineListHandler(DeadlineStore deadlines, TallyCounter counter, OfficeClock clock) : ICommandHandler
{
    public IReadOnlyList<string> Names { get; } = ["hanchot"];

    public Access Access => Access.AdminOrLeader;

    public string Help => "/hanchot [tất cả] — danh sách việc đã giao và tiến độ";

    public async Task HandleAsync(TurnContext context, string arguments, CancellationToken ct)
    {
        var includeClosed = arguments.Length > 0;
        var list = await deadlines.ListAsync(includeClosed, ct);
        if (list.Count == 0)
        {
            var ended = includeClosed ? 0 : (await deadlines.ListAsync(includeClosed: true, ct)).Count;
            // /giao is the admins': a leader is not shown a command it may not use.
            var assign = context.Caller.IsAdmin ? " Giao việc mới bằng /giao <tên việc> trước <ngày>." : string.Empty;
            context.Reply(ended > 0
                ? $"Không có việc nào đang mở ({ended} việc đã kết thúc hoặc đã hủy: gõ /hanchot tất cả để xem).{assign}"
                : $"Chưa có việc nào.{assign.Replace(" việc mới", " việc", StringComparison.Ordinal)}");
            return;
        }

        var text = new StringBuilder("Các việc đã giao:\n");
        // Only counts are shown: the counting path, whatever the number of units.
        var all = (await counter.CountAsync(list, namesUpTo: 0, clock.Today, ct)).Deadlines;
        for (var i = 0; i < list.Count; i++)
        {
            var (d, tally) = (list[i], all[i]);
            var state = d.State switch
            {
                DeadlineState.Cancelled => " [đã hủy]",
                DeadlineState.Closed => " [đã kết thúc]",
                _ => string.Empty,
            };
            // A closed or cancelled deadline has no time left to count.
            var line = d.State == DeadlineState.Open ? DeadlineText.Line(d, clock.Today, complete: tally.Completion.Complete) : $"{d.Title} — hạn {VietnameseWording.Date(d.DueDate)}{DeadlineText.FromLetter(d)}";
            text.AppendLine($"#{d.Id} {line}{state}");
            text.AppendLine($"   {CompletionWording.Units(tally.Completion)}");
        }

        var example = list[0].Id;
        text.Append($"Gõ /tinhhinh {example} để xem chi tiết, /chuanop {example} để xem đơn vị chưa nộp (số là số # của việc).");
        context.Reply(text.ToString());
    }
}
