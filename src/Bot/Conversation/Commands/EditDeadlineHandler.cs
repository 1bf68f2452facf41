using QcdcBot.Bot.Conversation.Deadlines;
using QcdcBot.Bot.Conversation.Routing;
using QcdcBot.Bot.Conversation.State;
using QcdcBot.Bot.Text;
using QcdcBot.Scheduling.Calendar;
using QcdcBot.Scheduling.Tallies;
using QcdcBot.Storage.Deadlines;
using QcdcBot.Storage.Members;
using QcdcBot.Storage.Text;

namespace QcdcBot.Bot.Conversation.Commands;

/// <summary>/suahan &lt;việc&gt; trước &lt;ngày&gt; moves a deadline; /suahan &lt;việc&gt; tên &lt;tên mới&gt; renames it.</summary>
internal sealed class EditDeadlineHandler(
    DeadlineArgument argument,
    DeadlineStore deadlines,
    DayOffOffer dayOff,
    TallyService tallies,
    MemberStore members,
    OfficeClock clock,
    ImpossibleDateAdvice advice) : ICommandHandler
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

            await deadlines.RenameAsync(target.Id, newTitle, context.Caller.Key, ct);
            context.Reply($"Đã đổi tên việc #{target.Id} thành \"{newTitle}\".");
            return;
        }

        var parsed = DatePhraseParser.Parse(arguments, clock.Today);
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
        var deadline = await argument.ResolveAsync(context, arguments[..phrase.Start], d => $"/suahan #{d.Id} {when}", includeClosed: false, ct);
        if (deadline is null)
        {
            return;
        }

        if (parsed.Flags.Contains(DateFlag.RecentlyPassed))
        {
            PassedDayQuestion.Ask(context, $"Sửa hạn việc #{deadline.Id} \"{deadline.Title}\"", due, new PendingQuestion(string.Empty, PendingKind.Commands, []) { AnnounceDeadlineId = Unannounced(context, deadline) },
                Move(deadline.Id, due.AddYears(-1)), Move(deadline.Id, due), string.Empty);
            return;
        }

        // The units' own dates as granted (the last approval, to the date the admin gave), read before the move drops the covered ones.
        var granted = await deadlines.OverridesAsync(deadline.Id, ct);
        await deadlines.ChangeDueDateAsync(deadline.Id, due, context.Caller.Key, ct);
        var year = parsed.YearWasInferred ? $" (hiểu là năm {due.Year})" : string.Empty;
        var text = $"Đã sửa hạn việc #{deadline.Id} \"{deadline.Title}\": {VietnameseWording.Date(deadline.DueDate)} → {VietnameseWording.DateWithWeekday(due)}{year}.";
        // A new deadline whose units were not told yet (its day-off question was open) is announced with this date instead.
        text += Unannounced(context, deadline) is null ? await TellUnitsAsync(context, deadline, due, granted, ct) : "\nCác đơn vị chưa được báo hạn cũ: được báo việc mới với hạn này.";
        if (!dayOff.TryOffer(context, text, due, d => Move(deadline.Id, d), aboutDeadlineId: deadline.Id, announce: Unannounced(context, deadline)))
        {
            context.Reply(new OutboundMessage(text) { AboutDeadlineId = deadline.Id });
        }
    }

    private static long? Unannounced(TurnContext context, Deadline deadline) => context.Unannounced == deadline.Id ? deadline.Id : null;

    /// <summary>
    /// Every unit in scope hears the new due date (through the outbox, with this turn, so once); the admin hears which
    /// granted extensions the new date now covers (no longer "được gia hạn") and which still run past it. A unit's
    /// extension is the date it was last granted, never an earlier approval.
    /// </summary>
    private async Task<string> TellUnitsAsync(TurnContext context, Deadline deadline, DateOnly due, IReadOnlyDictionary<long, DateOnly> granted, CancellationToken ct)
    {
        var inScope = (await tallies.ForDeadlineAsync(deadline, ct)).Units.ToDictionary(u => u.Unit.Id, u => u.Unit);
        var extended = granted.Where(g => g.Value > deadline.DueDate && inScope.ContainsKey(g.Key)).ToDictionary(g => g.Key, g => g.Value);
        var told = new HashSet<long>();
        foreach (var member in (await members.AllAsync(ct)).Where(m => m is { Reachable: true, UnitId: { } unitId } && inScope.ContainsKey(unitId)))
        {
            var unitId = member.UnitId!.Value;
            var notice = $"{context.Names.Office} đã sửa hạn việc \"{deadline.Title}\": {VietnameseWording.Date(deadline.DueDate)} → {VietnameseWording.DateWithWeekday(due)}." +
                (!extended.TryGetValue(unitId, out var own) ? string.Empty
                    : own <= due ? $" Hạn mới đã bao gồm gia hạn đến {VietnameseWording.Date(own)} của đơn vị."
                    : $" Đơn vị đã được gia hạn đến {VietnameseWording.DateWithWeekday(own)}, nên hạn của đơn vị vẫn là ngày đó.");
            context.Send(new ConversationReference(member.Channel, member.ChatId, member.UserId), new OutboundMessage(notice) { AboutDeadlineId = deadline.Id });
            told.Add(unitId);
        }

        var text = $"\nĐã báo hạn mới cho {told.Count}/{inScope.Count} đơn vị" + (told.Count < inScope.Count ? " (các đơn vị còn lại chưa có ai nhận tin)." : ".");
        if (extended.Where(e => e.Value <= due).ToList() is { Count: > 0 } covered)
        {
            text += $"\nGia hạn đã duyệt nay nằm trong hạn mới (không còn là gia hạn): {Listed(covered)}.";
        }

        if (extended.Where(e => e.Value > due).ToList() is { Count: > 0 } later)
        {
            text += $"\nVẫn giữ gia hạn (sau hạn mới): {Listed(later)}.";
        }

        return text;

        string Listed(List<KeyValuePair<long, DateOnly>> units) =>
            string.Join(", ", units.OrderBy(c => c.Value).Select(c => $"{inScope[c.Key].Code} đến {VietnameseWording.Date(c.Value)}"));
    }

    /// <summary>The command that moves the deadline, its date written with the year so it is read exactly.</summary>
    private static string Move(long id, DateOnly due) => $"/suahan #{id} trước {DayOffOffer.Written(due)}";
}
