using QcdcBot.Bot.Conversation.Deadlines;
using QcdcBot.Bot.Conversation.Routing;
using QcdcBot.Bot.Conversation.State;
using QcdcBot.Bot.Text;
using QcdcBot.Scheduling.Calendar;
using QcdcBot.Scheduling.Tallies;
using QcdcBot.Storage.Deadlines;
using QcdcBot.Storage.Text;

namespace QcdcBot.Bot.Conversation.Commands;

/// <summary>/suahan &lt;việc&gt; trước &lt;ngày&gt; moves a deadline; /suahan &lt;việc&gt; tên &lt;tên mới&gt; renames it.</summary>
internal sealed class EditDeadlineHandler(
    DeadlineArgument argument,
    DeadlineStore deadlines,
    DayOffOffer dayOff,
    DueDateChangeNotice notice,
    RenameNotice renamed,
    OfficeClock clock,
    ImpossibleDateAdvice advice,
    TallyService tallies,
    WorkingDayCalendar calendar) : ICommandHandler
{
    private const string Usage = "Cách dùng: /suahan <việc> trước <ngày mới> (hoặc: sang thứ 2 tuần sau, lùi 3 ngày) hoặc /suahan <việc> tên <tên mới>. Ví dụ: /suahan #2 trước 30/10";

    public IReadOnlyList<string> Names { get; } = ["suahan"];

    public Access Access => Access.Admin;

    public string Help => "/suahan <việc> trước <ngày> | tên <tên mới> — sửa hạn hoặc tên việc";

    public async Task HandleAsync(TurnContext context, string arguments, CancellationToken ct)
    {
        var folded = VietnameseFold.Fold(arguments);
        var renameAt = folded.IndexOf(" ten ", StringComparison.Ordinal);
        if (renameAt > 0)
        {
            var newTitle = TitleSpelling.Spell(arguments[(renameAt + 5)..].Trim());
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

            if (string.Equals(newTitle, target.Title, StringComparison.Ordinal))
            {
                context.Reply($"Việc #{target.Id} đã có tên \"{newTitle}\": không đổi gì, không báo ai.");
                return;
            }

            var changed = await deadlines.RenameAsync(target.Id, newTitle, context.Caller.Key, ct) ?? target with { Title = newTitle };
            context.Reply($"Đã đổi tên việc #{target.Id}: \"{target.Title}\" → \"{newTitle}\"." + await renamed.TellAsync(context, changed, target.Title, ct));
            return;
        }

        // "xacnhan": the admin has answered the question about a date already past (or chose the date from a bot's option).
        (arguments, var confirmed) = Confirmation.Strip(arguments);
        var parsed = DatePhraseParser.Parse(arguments, clock.Today);
        if (parsed.Problem == DateProblem.NotFound && NewDueWords.DateAnywhere(arguments, clock.Today) is { } anywhere)
        {
            // "… thành 23/12 nhé", "… sang thứ 2 tuần sau": the date need not close the command, and a weekday is the day it is everywhere else.
            parsed = anywhere;
        }

        if (parsed.Problem == DateProblem.NotFound && NewDueWords.Length(arguments) is { } length)
        {
            // "… lùi 3 ngày", "… thêm 1 tuần": counted from the deadline's own date once it is known.
            await MoveByAsync(context, arguments, length, confirmed, ct);
            return;
        }

        if (parsed.Problem == DateProblem.ImpossibleDate)
        {
            context.Reply($"Ngày mới \"{arguments.Substring(parsed.Phrase!.Start, parsed.Phrase.Length)}\" không có thật. Chưa sửa gì. " +
                          $"Xin gõ lại với ngày có thật, ví dụ: /suahan {advice.Retyped(arguments, parsed.Phrase.Start, parsed.Phrase.Length)}");
            return;
        }

        if (parsed.Date is not { } due || parsed.Phrase is not { } phrase || phrase.Start == 0)
        {
            context.Reply(Usage);
            return;
        }

        var when = arguments.Substring(phrase.Start, phrase.Length);
        var deadline = await argument.ResolveAsync(context, NewDateWords.Cut(arguments[..phrase.Start]), d => $"/suahan #{d.Id} {when}{(confirmed ? " xacnhan" : string.Empty)}", includeClosed: false, ct);
        if (deadline is null)
        {
            return;
        }

        await MoveAsync(context, deadline, due, parsed, confirmed, ct);
    }

    private async Task MoveByAsync(TurnContext context, string arguments, (ExtensionSpan Span, int Start, int Length) length, bool confirmed, CancellationToken ct)
    {
        var deadline = await argument.ResolveAsync(context, NewDateWords.Cut(arguments[..length.Start]), d => $"/suahan #{d.Id} thêm {length.Span.Text}{(confirmed ? " xacnhan" : string.Empty)}", includeClosed: false, ct);
        if (deadline is not null)
        {
            await MoveAsync(context, deadline, length.Span.From(deadline.DueDate, calendar), DateParseResult.NotFound, confirmed, ct);
        }
    }

    private async Task MoveAsync(TurnContext context, Deadline deadline, DateOnly due, DateParseResult parsed, bool confirmed, CancellationToken ct)
    {

        // While a move's notice is held, the units' granted dates and the date they heard are the held ones.
        var held = context.HeldMove is { } h && h.DeadlineId == deadline.Id ? h : null;
        if (parsed.Flags.Contains(DateFlag.RecentlyPassed) && due.AddYears(-1) == deadline.DueDate && held is null)
        {
            // "/suahan #3 28/12" when #3 is due 28/12 just gone by: the date it already has, not a question of this year or next.
            context.Reply($"Việc #{deadline.Id} \"{deadline.Title}\" đã có hạn {VietnameseWording.DateWithWeekday(deadline.DueDate)} rồi: hạn không đổi, bot không gửi tin nào. " +
                          $"Nếu ý là {VietnameseWording.Date(due)}, gõ: /suahan #{deadline.Id} {VietnameseWording.Date(due)}");
            return;
        }

        if (parsed.Flags.Contains(DateFlag.RecentlyPassed))
        {
            PassedDayQuestion.Ask(context, $"Sửa hạn việc #{deadline.Id} \"{deadline.Title}\"", due,
                new PendingQuestion(string.Empty, PendingKind.Commands, []) { AnnounceDeadlineId = Unannounced(context, deadline), HeldMove = held },
                Move(deadline.Id, due.AddYears(-1)), Move(deadline.Id, due), string.Empty);
            return;
        }

        if (due == deadline.DueDate && held is null)
        {
            // Nothing moves, so nobody is told: a notice saying "20/12 → 20/12" would only make units wonder.
            context.Reply($"Việc #{deadline.Id} \"{deadline.Title}\" đã có hạn {VietnameseWording.DateWithWeekday(due)} rồi: hạn không đổi, bot không gửi tin nào.");
            return;
        }

        if (due < clock.Today && !confirmed)
        {
            // A full date already past ("trước 9/12/2026" meant as 19/12) is asked about, as a day-month without a year is:
            // the units that still owe become overdue at once and the next reminder tells them so.
            context.Ask(
                $"Hạn mới {VietnameseWording.DateWithWeekday(due)} đã qua {clock.Today.DayNumber - due.DayNumber} ngày: {await OverdueAsync(deadline, due, ct)}. " +
                $"Vẫn sửa hạn việc #{deadline.Id} \"{deadline.Title}\" thành {VietnameseWording.Date(due)}?",
                new PendingQuestion(string.Empty, PendingKind.Commands, [Move(deadline.Id, due), string.Empty]) { YesOption = 1, AnnounceDeadlineId = Unannounced(context, deadline), HeldMove = held },
                ["Đúng, sửa hạn (đã quá hạn)", Confirmation.No]);
            return;
        }

        // The units' own dates as granted (the last approval, to the date the admin gave), read before the move drops the covered ones.
        // Dates an earlier move covered count too: moved back before them, they stand again and the unit is told so.
        var granted = held?.Granted ?? await deadlines.OverridesAsync(deadline.Id, includeCovered: true, ct);
        await deadlines.ChangeDueDateAsync(deadline.Id, due, context.Caller.Key, ct);
        var year = parsed.YearWasInferred ? $" (hiểu là năm {due.Year})" : string.Empty;
        var text = $"Đã sửa hạn việc #{deadline.Id} \"{deadline.Title}\": {VietnameseWording.Date(deadline.DueDate)} → {VietnameseWording.DateWithWeekday(due)}{year}."
                   + Letters.WaitingLetters.AttachHint(context.State, deadline.Id);
        var unannounced = Unannounced(context, deadline);
        var move = unannounced is null ? new HeldMove(deadline.Id, held?.From ?? deadline.DueDate, granted, held?.Because) : null;
        if (move is not null && dayOff.DayOffName(due) is not null)
        {
            // The office may still move it off the day off: the units hear once, the date chosen (see HeldMoveNotice).
            dayOff.TryOffer(context, text + "\nCác đơn vị được báo hạn mới khi bạn chọn xong, với hạn đã chọn.", due, d => Move(deadline.Id, d), aboutDeadlineId: deadline.Id, held: move);
            return;
        }

        // A new deadline whose units were not told yet (its day-off question was open) is announced with this date
        // instead; a held move is told when its question closes, this turn.
        text += unannounced is not null ? "\nCác đơn vị chưa được báo hạn cũ: được báo việc mới với hạn này."
            : held is null ? await notice.TellAsync(context, deadline with { DueDate = due }, deadline.DueDate, granted, ct)
            : string.Empty;
        if (!dayOff.TryOffer(context, text, due, d => Move(deadline.Id, d), aboutDeadlineId: deadline.Id, announce: unannounced))
        {
            context.Reply(new OutboundMessage(text) { AboutDeadlineId = deadline.Id });
        }
    }

    private static long? Unannounced(TurnContext context, Deadline deadline) => context.Unannounced == deadline.Id ? deadline.Id : null;

    /// <summary>
    /// "1 đơn vị chưa nộp sẽ thành quá hạn": the units that owe and are not overdue today but would be with the new date
    /// (an extension to a later date keeps its own), and the hand-ins that were on time and would be late.
    /// </summary>
    private async Task<string> OverdueAsync(Deadline deadline, DateOnly due, CancellationToken ct)
    {
        var today = clock.Today;
        var units = (await tallies.ForDeadlineAsync(deadline, ct)).Units;
        DateOnly Own(UnitStanding u) => u.Extended && u.DueDate > due ? u.DueDate : due;
        var overdue = units.Count(u => u.Owes && u.DueDate >= today && Own(u) < today);
        var late = units.Count(u => u.First is { DaysLate: 0 } first && first.ReceivedLocalDate > Own(u));
        var parts = new List<string>();
        if (overdue > 0 || late == 0)
        {
            parts.Add(overdue == 0 ? "không đơn vị chưa nộp nào thành quá hạn thêm" : $"{overdue} đơn vị chưa nộp sẽ thành quá hạn");
        }

        if (late > 0)
        {
            parts.Add($"{late} đơn vị đã nộp đúng hạn sẽ thành nộp trễ");
        }

        return string.Join(", ", parts);
    }

    /// <summary>
    /// The command that moves the deadline, its date written with the year so it is read exactly; confirmed, since a
    /// bot's option runs it once the admin has chosen the date (a day off's working day before may be past too).
    /// </summary>
    private static string Move(long id, DateOnly due) => DayOffOffer.MoveCommand(id, due);
}
