using QcdcBot.Bot.Conversation.Deadlines;
using QcdcBot.Bot.Conversation.Routing;
using QcdcBot.Bot.Conversation.State;
using QcdcBot.Bot.Text;
using QcdcBot.Scheduling.Calendar;
using QcdcBot.Storage.Deadlines;
using QcdcBot.Storage.Text;

namespace QcdcBot.Bot.Conversation.Commands;

/// <summary>/suahan &lt;việc&gt; trước &lt;ngày&gt; moves a deadline; /suahan &lt;việc&gt; tên &lt;tên mới&gt; renames it.</summary>
internal sealed class EditDeadlineHandler(DeadlineArgument argument, DeadlineStore deadlines, DayOffOffer dayOff, OfficeClock clock) : ICommandHandler
{
    private const string Usage = "Cách dùng: /suahan <việc> trước <ngày mới> hoặc /suahan <việc> tên <tên mới>. Ví dụ: /suahan #2 trước 30/10";

    public IReadOnlyList<string> Names { get; } = ["suahan"];

    public Access Access => Access.Admin;

    public string Help => "/suahan <việc> trước <ngày> | tên <tên mới> — sửa hạn hoặc tên việc";

    public async Task HandleAsync(TurnContext context, string arguments, CancellationToken ct)
    {
        var folded = VietnameseFold.Fold(arguments);
        var renameAt = folded.IndexOf(" ten ", StringComparison.Ordinal);
        if (renameAt > 0)
        {
            var newTitle = arguments[(renameAt + 5)..].Trim();
            var target = await argument.ResolveAsync(context, arguments[..renameAt], d => $"/suahan #{d.Id} tên {newTitle}", includeClosed: false, ct);
            if (target is null)
            {
                return;
            }

            if (newTitle.Length == 0)
            {
                context.Reply(Usage);
                return;
            }

            await deadlines.RenameAsync(target.Id, newTitle, context.Caller.Key, ct);
            context.Reply($"Đã đổi tên việc #{target.Id} thành \"{newTitle}\".");
            return;
        }

        var parsed = DatePhraseParser.Parse(arguments, clock.Today);
        if (parsed.Problem == DateProblem.ImpossibleDate)
        {
            context.Reply("Ngày mới không có thật. Chưa sửa gì.");
            return;
        }

        if (parsed.Date is not { } due || parsed.Phrase is not { } phrase || phrase.Start == 0)
        {
            context.Reply(Usage);
            return;
        }

        var when = arguments.Substring(phrase.Start, phrase.Length);
        var deadline = await argument.ResolveAsync(context, arguments[..phrase.Start], d => $"/suahan #{d.Id} {when}", includeClosed: false, ct);
        if (deadline is null)
        {
            return;
        }

        if (parsed.Flags.Contains(DateFlag.RecentlyPassed))
        {
            PassedDayQuestion.Ask(context, $"Sửa hạn việc #{deadline.Id} \"{deadline.Title}\"", due, new PendingQuestion(string.Empty, PendingKind.Commands, []),
                Move(deadline.Id, due.AddYears(-1)), Move(deadline.Id, due), string.Empty);
            return;
        }

        await deadlines.ChangeDueDateAsync(deadline.Id, due, context.Caller.Key, ct);
        var year = parsed.YearWasInferred ? $" (hiểu là năm {due.Year})" : string.Empty;
        var text = $"Đã sửa hạn việc #{deadline.Id} \"{deadline.Title}\": {VietnameseWording.Date(deadline.DueDate)} → {VietnameseWording.DateWithWeekday(due)}{year}.";
        if (!dayOff.TryOffer(context, text, due, d => Move(deadline.Id, d), aboutDeadlineId: deadline.Id))
        {
            context.Reply(new OutboundMessage(text) { AboutDeadlineId = deadline.Id });
        }
    }

    /// <summary>The command that moves the deadline, its date written with the year so it is read exactly.</summary>
    private static string Move(long id, DateOnly due) => $"/suahan #{id} trước {DayOffOffer.Written(due)}";
}
