using System.Text;
using QcdcBot.Bot.Conversation.Routing;
using QcdcBot.Bot.Conversation.State;
using QcdcBot.Bot.Conversation.Submissions;
using QcdcBot.Bot.Text;
using QcdcBot.Scheduling.Tallies;
using QcdcBot.Storage.Deadlines;

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
        var excused = tally.Units.Where(u => u.Excused).ToList();
        // The excused are named on a line of their own, so the figures add up to the units in scope.
        var excusedLine = excused.Count == 0 ? string.Empty
            : $"\nĐược miễn (không có nội dung phát sinh, đã chấp nhận) {excused.Count}: {string.Join(", ", excused.Select(u => $"{u.Unit.Name} ({u.Unit.Code})"))}";
        if (missing.Count == 0)
        {
            context.Reply(excused.Count == 0
                ? $"\"{deadline.Title}\": tất cả {tally.InScope} đơn vị đã nộp."
                : $"\"{deadline.Title}\": không còn đơn vị nào phải nộp ({tally.Submitted} đã nộp, {excused.Count} được miễn, trên {tally.InScope} đơn vị).{excusedLine}");
            return;
        }

        var text = new StringBuilder($"\"{deadline.Title}\": {missing.Count}/{tally.InScope} đơn vị chưa nộp (đã nộp {tally.Submitted}" +
            (excused.Count > 0 ? $", được miễn {excused.Count}" : string.Empty) + ").\n");
        text.AppendLine($"Trong số chưa nộp: {Breakdown(missing, deadline.State)}.");
        for (var i = 0; i < missing.Count; i++)
        {
            var s = missing[i];
            var status = s.Status is { } note ? $" — {StatusKeywords.Describe(note)}" : string.Empty;
            var extended = s.Extended ? $" — gia hạn đến {VietnameseWording.Date(s.DueDate)}"
                : s.DueDate > deadline.DueDate ? $" — hết gia hạn (đến {VietnameseWording.Date(s.DueDate)}), quá hạn"
                : s.ExtensionDenied && s.PendingExtension is null ? " — xin gia hạn, bị từ chối"
                : string.Empty;
            if (s.PendingExtension is { } request)
            {
                extended += $" — xin gia hạn đến {VietnameseWording.Date(request.RequestedDate)}, chờ duyệt{(context.Caller.IsAdmin ? $" (/duyet {request.Id})" : string.Empty)}";
            }

            text.AppendLine($"{i + 1}. {s.Unit.Name} ({s.Unit.Code}){extended}{status}");
        }

        context.ShowList(ListKind.Units, missing.Select(s => s.Unit.Id).ToList());
        context.Reply(text.ToString().TrimEnd() + excusedLine);
    }

    /// <summary>"được gia hạn 1, xin gia hạn chờ duyệt 2, chưa trả lời 5": the owing units by bucket, adding up to them.</summary>
    private static string Breakdown(IReadOnlyList<UnitStanding> missing, DeadlineState state) => string.Join(", ", missing
        .GroupBy(s => s.Bucket)
        .OrderBy(g => g.Key)
        .Select(g => $"{BucketLabel(g.Key, state)} {g.Count()}"));

    private static string BucketLabel(StandingBucket bucket, DeadlineState state) => bucket switch
    {
        StandingBucket.Extended => "được gia hạn",
        StandingBucket.ExtensionPending => "xin gia hạn, chờ duyệt",
        StandingBucket.ExcusePending => "báo không có nội dung phát sinh, chờ duyệt",
        StandingBucket.SentOnPaper => "báo đã gửi bản giấy",
        StandingBucket.SentViaIOffice => "báo đã gửi qua iOffice",
        StandingBucket.SentByEmail => "báo đã gửi qua email",
        StandingBucket.InProgress => "đang làm",
        _ when OwedAfterRefusal.Includes(bucket) => RefusalWording.For(bucket).Label,
        _ => SilentWording.Label(state),
    };
}
