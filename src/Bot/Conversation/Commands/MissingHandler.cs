using System.Text;
using QcdcBot.Bot.Conversation.Routing;
using QcdcBot.Bot.Conversation.State;
using QcdcBot.Bot.Conversation.Submissions;
using QcdcBot.Bot.Text;
using QcdcBot.Scheduling.Tallies;

namespace QcdcBot.Bot.Conversation.Commands;

/// <summary>/chuanop [việc]: the units that have not submitted, with their latest status reply.</summary>
internal sealed class MissingHandler(DeadlineArgument argument, TallyService tallies) : ICommandHandler
{
    public IReadOnlyList<string> Names { get; } = ["chuanop"];

    public Access Access => Access.AdminOrLeader;

    public string Help => "/chuanop [việc] — các đơn vị chưa nộp";

    public async Task HandleAsync(TurnContext context, string arguments, CancellationToken ct)
    {
        var deadline = await argument.ResolveAsync(context, arguments, d => $"/chuanop #{d.Id}", includeClosed: true, ct);
        if (deadline is null)
        {
            return;
        }

        var tally = await tallies.ForDeadlineAsync(deadline, ct);
        var missing = tally.MissingUnits;
        if (missing.Count == 0)
        {
            context.Reply($"\"{deadline.Title}\": tất cả {tally.InScope} đơn vị đã nộp.");
            return;
        }

        var text = new StringBuilder($"\"{deadline.Title}\": {missing.Count}/{tally.InScope} đơn vị chưa nộp:\n");
        for (var i = 0; i < missing.Count; i++)
        {
            var s = missing[i];
            var status = s.Status is { } note ? $" — {StatusKeywords.Describe(note)}" : string.Empty;
            var extended = s.Extended ? $" — gia hạn đến {VietnameseWording.Date(s.DueDate)}" : string.Empty;
            if (s.PendingExtension is { } request)
            {
                extended += $" — xin gia hạn đến {VietnameseWording.Date(request.RequestedDate)}, chờ duyệt (/duyet {request.Id})";
            }

            text.AppendLine($"{i + 1}. {s.Unit.Name} ({s.Unit.Code}){extended}{status}");
        }

        context.ShowList(ListKind.Units, missing.Select(s => s.Unit.Id).ToList());
        context.Reply(text.ToString().TrimEnd());
    }
}
