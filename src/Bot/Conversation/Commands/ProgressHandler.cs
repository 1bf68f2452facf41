using QcdcBot.Bot.Conversation.Routing;
using QcdcBot.Scheduling.Calendar;
using QcdcBot.Scheduling.Tallies;
using QcdcBot.Storage.Deadlines;

namespace QcdcBot.Bot.Conversation.Commands;

/// <summary>/tinhhinh [việc]: submitted / in scope, on time, late, extensions and status replies.</summary>
internal sealed class ProgressHandler(DeadlineArgument argument, DeadlineStore deadlines, TallyCounter counter, OfficeClock clock, TallyText text) : ICommandHandler
{
    public IReadOnlyList<string> Names { get; } = ["tinhhinh"];

    public Access Access => Access.AdminOrLeader;

    public string Help => "/tinhhinh [việc] — số đơn vị đã nộp, đúng hạn, trễ, gia hạn, trạng thái";

    public async Task HandleAsync(TurnContext context, string arguments, CancellationToken ct)
    {
        if (arguments.Length == 0)
        {
            // Only counts are shown: the counting path, whatever the number of units.
            var open = (await counter.CountAsync(await deadlines.ListAsync(includeClosed: false, ct), namesUpTo: 0, clock.Today, ct)).Deadlines;
            if (open.Count == 0)
            {
                context.Reply("Chưa có việc nào đang mở.");
                return;
            }

            context.Reply("Tình hình các việc đang mở:\n\n" + string.Join("\n\n", open.Select(text.Summary)));
            return;
        }

        var deadline = await argument.ResolveAsync(context, arguments, d => $"/tinhhinh #{d.Id}", includeClosed: true, ct);
        if (deadline is not null)
        {
            context.Reply(text.Summary((await counter.CountAsync([deadline], namesUpTo: 0, clock.Today, ct)).Deadlines[0]));
        }
    }
}
