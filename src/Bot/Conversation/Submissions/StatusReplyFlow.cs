using Microsoft.Extensions.Options;
using QcdcBot.Bot.Conversation.State;
using QcdcBot.Bot.Text;
using QcdcBot.Scheduling.Reminders;
using QcdcBot.Storage.Deadlines;
using QcdcBot.Storage.Statuses;
using QcdcBot.Storage.Units;

namespace QcdcBot.Bot.Conversation.Submissions;

/// <summary>"đang làm", "đã gửi bản giấy", "đã gửi qua iOffice số …", "không có nội dung phát sinh" are recorded on (unit, deadline).</summary>
internal sealed partial class StatusReplyFlow(StatusNoteStore notes, DeadlinePicker picker, AdminDirectory admins, IOptions<ReminderOptions> reminders, UnitOnRecord record, Scheduling.Calendar.OfficeClock clock, MisfiledFlow misfiled, ClaimGuard guard)
{
    public async Task<bool> TryHandleAsync(TurnContext context, CancellationToken ct)
    {
        if (!context.Caller.IsSecretary || await misfiled.TryAsync(context, ct))
        {
            return context.Caller.IsSecretary;
        }

        // "… qua zalo cho chị Hoa rồi" is "em gửi rồi": what the bot has, and how to say the way.
        if (!StatusKeywords.SaysAlreadySent(context.Text) && StatusKeywords.SaysSentToPersonOnZalo(context.Text))
        {
            return AnswerSentToPersonOnZalo(context);
        }

        if (StatusKeywords.Match(context.Text) is not { } match)
        {
            return StatusKeywords.SaysAlreadySent(context.Text) ? await AnswerAlreadySentAsync(context, ct) : await ClaimSaidUnsentAsync(context, ct);
        }

        var unit = context.Caller.Unit!;
        // Read once: nothing below writes before it has decided (README, Performance).
        var known = await picker.ReadAsync(unit, ct);
        if (context.ReplyToDeadlineId is null && HandedInMention.Find(known, context.Text) is { } handedIn)
        {
            context.Reply($"Việc #{handedIn.Id} \"{handedIn.Title}\" đơn vị đã nộp rồi, nên bot không ghi \"{StatusKeywords.Describe(match.State, match.Reference)}\" vào việc đó hay việc nào khác. Gõ /viec để xem biên nhận.");
            return true;
        }

        if (ExcusedNamed(context, known, StatusKeywords.Describe(match.State, match.Reference)))
        {
            return true;
        }

        if (AllTasksWords.Match(context.Text) && context.ReplyToDeadlineId is null && await ForAllAsync(context, known, match.State, match.Reference, ct))
        {
            return true;
        }

        var said = context.Text;
        if (match.State != StatusState.SentViaIOffice && context.ReplyToDeadlineId is null && await ForNumbersAsync(context, known, BareDeadlineNumber.All(said, known.Open), match.State, match.Reference, ct))
        {
            return true;
        }

        if (match.State != StatusState.SentViaIOffice && BareDeadlineNumber.Mark(said, known.Open) is { } marked)
        {
            // "đang làm 10": the number is read as "#10", as a caption "10" is; what is recorded is what was typed.
            context.Text = marked;
        }

        var before = context.Replies.Count;
        var (chosen, candidates) = await picker.PickAsync(context, unit, null, ct, unsubmittedOnly: true, sayHandedIn: true, known);
        context.Text = said;
        if (chosen is not null)
        {
            await RecordAsync(context, chosen, match.State, context.Text, match.Reference, ct, known);
            return true;
        }

        if (candidates.Count == 0 && context.Replies.Count > before)
        {
            // The picker said why nothing is recorded (the deadlines named are handed in): no question follows.
            return true;
        }

        if (candidates.Count == 0)
        {
            var (open, excused) = (known.Open, known.Excused);
            context.Reply(open.Count == 0 ? "Đơn vị hiện không có việc nào đang mở, nên chưa có gì để ghi nhận trạng thái."
                : excused.Count == 0 ? "Đơn vị đã nộp đủ các việc đang mở, nên không cần ghi trạng thái. Gõ /viec để xem."
                : $"Đơn vị không còn việc nào phải nộp ({string.Join("; ", excused.Select(d => $"#{d.Id} \"{d.Title}\" được miễn"))}" +
                  $"{(excused.Count < open.Count ? ", các việc khác đã nộp" : string.Empty)}), nên bot không ghi \"{StatusKeywords.Describe(match.State, match.Reference)}\" vào việc nào. Gõ /viec để xem.");
            return true;
        }

        await picker.AskAsync(context, $"Ghi nhận \"{StatusKeywords.Describe(match.State, match.Reference)}\" cho việc nào?",
            new PendingQuestion(string.Empty, PendingKind.StatusDeadline, []) { StatusState = match.State.ToString(), Text = context.Text, Reference = match.Reference },
            candidates, ct);
        return true;
    }

    /// <summary>
    /// "đang làm tất cả các việc còn lại": every deadline still owed, named in a confirmation first (one reply cannot be
    /// taken back deadline by deadline); once confirmed, recorded on each. False when fewer than two are owed.
    /// </summary>
    private async Task<bool> ForAllAsync(TurnContext context, UnitDeadlines known, StatusState state, string? reference, CancellationToken ct)
    {
        var owed = known.Owed;
        var (text, confirmed) = Confirmation.Strip(context.Text);
        if (confirmed && AllTasksWords.Ids(text) is { Count: > 0 } chosen)
        {
            var said = AllTasksWords.WithoutIds(text);
            foreach (var d in owed.Where(d => chosen.Contains(d.Id)))
            {
                await RecordAsync(context, d, state, said, reference, ct, known);
            }

            return true;
        }

        if (owed.Count < 2)
        {
            return false;
        }

        var names = string.Join("\n", owed.Select(d => $"• #{d.Id} {d.Title}"));
        Confirmation.Ask(context,
            $"Ghi nhận \"{StatusKeywords.Describe(state, reference)}\" cho cả {owed.Count} việc đơn vị chưa nộp?\n{names}\n(Chỉ một việc: trả lời lại kèm số # của việc, ví dụ \"đang làm #{owed[0].Id}\".)",
            $"{context.Text} {string.Join(' ', owed.Select(d => $"#{d.Id}"))}", $"Đúng, ghi cho cả {owed.Count} việc");
        return true;
    }

    /// <summary>
    /// "đang làm 10 và 12": two or more deadline numbers are recorded on each the unit still owes, every reply naming its
    /// deadline, and each of the others is said ("#9 không giao cho đơn vị"), never passed over in silence. False (the
    /// usual question follows) when fewer than two are named.
    /// </summary>
    private async Task<bool> ForNumbersAsync(TurnContext context, UnitDeadlines known, IReadOnlyList<long> ids, StatusState state, string? reference, CancellationToken ct)
    {
        if (ids.Count < 2)
        {
            return false;
        }

        var unit = context.Caller.Unit!;
        var (owed, excused) = (known.Owed, known.Excused);
        var others = new List<string>();
        foreach (var id in ids)
        {
            if (owed.FirstOrDefault(d => d.Id == id) is { } d)
            {
                await RecordAsync(context, d, state, context.Text, reference, ct, known);
            }
            else if (excused.FirstOrDefault(e => e.Id == id) is { } free)
            {
                // The same answer as when it is named alone, not a bare "được miễn" among the others.
                context.Reply(DeadlinePicker.ExcusedAnswer(context, free, StatusKeywords.Describe(state, reference)));
            }
            else
            {
                others.Add(await picker.NotOwedAsync(unit, id, ct));
            }
        }

        if (others.Count > 0)
        {
            context.Reply($"{DeadlinePicker.Sentence(string.Join("; ", others))} Bot không ghi \"{StatusKeywords.Describe(state, reference)}\" vào {(others.Count > 1 ? "các việc" : "việc")} đó. Gõ /viec để xem các việc của đơn vị.");
        }

        return true;
    }

    /// <summary>
    /// A status reply about a deadline the unit is excused from (a reply to it, "#5", its name): the accepted excuse is
    /// never overwritten quietly, so the reply says it is excused and how to hand in anyway. False when none is named.
    /// </summary>
    private static bool ExcusedNamed(TurnContext context, UnitDeadlines known, string said)
    {
        var (open, excused) = (known.Open, known.Excused);
        if (excused.Count == 0)
        {
            return false;
        }

        var about = context.ReplyToDeadlineId ?? DeadlinePicker.NamedId(context.Text) ?? DeadlineMention.Read(open, context.Text).Named.Found?.Id;
        if (excused.FirstOrDefault(d => d.Id == about) is not { } free)
        {
            return false;
        }

        context.Reply($"{DeadlinePicker.ExcusedAnswer(context, free, said)} Nếu ý là việc khác, xin nhắn lại kèm mã việc (/viec xem các mã).");
        return true;
    }

    /// <param name="known">Read this turn before any write: its latest note on an open deadline is the one before this.</param>
    /// <summary>How long the same claim sent again is taken as the one already recorded, not a new one to tell the office of.</summary>
    public static readonly TimeSpan RepeatWindow = TimeSpan.FromMinutes(10);

    /// <summary>The unit's latest note when it is this same claim, still waiting for the office and made within <see cref="RepeatWindow"/>.</summary>
    private StatusNote? Repeated(StatusNote? earlier, StatusState state, string? reference) =>
        earlier is { AcceptedBy: null } same && same.State == state && same.Reference == reference &&
        state is StatusState.SentOnPaper or StatusState.SentViaIOffice or StatusState.SentByEmail or StatusState.NothingToReport &&
        clock.UtcNow - same.CreatedAt <= RepeatWindow
            ? same
            : null;

    public async Task RecordAsync(TurnContext context, Deadline deadline, StatusState state, string text, string? reference, CancellationToken ct, UnitDeadlines? known = null)
    {
        var unit = context.Caller.Unit!;
        // The unit's latest note on this deadline alone: all its notes grew with every reply, read on every reply.
        var earlier = known is not null && known.Open.Any(d => d.Id == deadline.Id) ? known.Latest.GetValueOrDefault(deadline.Id)
            : await notes.LatestForDeadlinesAsync([deadline.Id], unit.Id, ct) is [var last, ..] ? last : null;
        // An answer to an older question ("cho việc nào?") is checked against what colleagues did since it was asked.
        if ((known is null && await record.HandedInMeanwhileAsync(context, unit, deadline, state, reference, ct)) ||
            await guard.KeptAsync(context, unit, deadline, earlier, state, ct))
        {
            return;
        }

        if (Repeated(earlier, state, reference) is { } same)
        {
            // The same claim sent again (a double tap, or typed twice): the office already has it; nobody is told twice.
            context.Reply($"Bot đã ghi nhận \"{StatusKeywords.Describe(state, reference)}\" cho việc #{deadline.Id} \"{deadline.Title}\" lúc " +
                          $"{VietnameseWording.Time(clock.ToLocal(same.CreatedAt))} rồi; {context.Names.Office} đã được báo, bot không báo lại.");
            return;
        }

        var note = await notes.AddAsync(unit.Id, deadline.Id, state, text, reference, context.Caller.Key, ct);
        // A claim still waiting for the office is replaced by this reply: the secretary is told in the same answer.
        var replaced = earlier is { State: StatusState.NothingToReport, AcceptedBy: null }
            ? await guard.ClaimReplacedAsync(context, unit, deadline, earlier, state, ct)
            : await guard.WithdrawnAsync(context, unit, deadline, earlier, state, ct);
        if (state == StatusState.NothingToReport)
        {
            // Only an admin's yes excuses the unit; until then it is reminded like any other. A claim the office refused
            // before for this deadline is named, so one tap does not undo what another day's decision said.
            var refused = (await notes.ForUnitAsync(unit.Id, ct)).LastOrDefault(n => n.DeadlineId == deadline.Id && n.Id != note.Id &&
                n is { State: StatusState.NothingToReport, AcceptedBy: not null, AcceptedAt: null });
            var question = new OutboundMessage(
                $"Báo \"không có nội dung phát sinh\" số {note.Id}: {unit.Name} ({unit.Code}) báo \"không có nội dung phát sinh\" cho việc \"{deadline.Title}\".\n" +
                $"Nguyên văn: {Said(context, text)}\n" +
                (refused is null ? string.Empty : $"Lưu ý: {context.Names.Office} đã không chấp nhận báo \"không có nội dung phát sinh\" số {refused.Id} của đơn vị cho việc này (báo ngày {VietnameseWording.Date(clock.LocalDate(refused.CreatedAt))}); đây là lần báo lại.\n") +
                $"Chấp nhận thì bot thôi nhắc đơn vị này cho việc này. Trả lời: /chapnhan {note.Id} hoặc /khongchapnhan {note.Id}")
            {
                Choices = [new Choice("Chấp nhận", $"/chapnhan {note.Id}"), new Choice("Không chấp nhận", $"/khongchapnhan {note.Id}")],
                AboutDeadlineId = deadline.Id,
            };
            foreach (var admin in await admins.AdminsAsync(ct))
            {
                context.Send(admin, question);
            }
        }

        if (state is StatusState.SentOnPaper or StatusState.SentViaIOffice or StatusState.SentByEmail)
        {
            // Sent outside the bot: the office has to find it and record it, so it is told now, not at the next tally.
            var notice = new OutboundMessage(
                $"{unit.Name} ({unit.Code}) báo {StatusKeywords.Describe(state, reference)} việc #{deadline.Id} \"{deadline.Title}\".\n" +
                $"Nguyên văn: {Said(context, text)}\nKhi đã nhận, ghi nhận bằng: /ghinhan {unit.Code} #{deadline.Id} <ghi chú, ngày nhận>\n" +
                $"Nếu không nhận được, báo đơn vị bằng: /chuanhan {unit.Code} #{deadline.Id} <lý do>" +
                (Pause > TimeSpan.Zero ? $"\nBot tạm dừng nhắc đơn vị này việc này trong {Days(Pause)} ngày để {context.Names.Office} kiểm tra." : string.Empty))
            { AboutDeadlineId = deadline.Id };
            foreach (var admin in await admins.AdminsAsync(ct))
            {
                context.Send(admin, notice);
            }
        }

        var tail = state switch
        {
            StatusState.InProgress => " Bot vẫn sẽ nhắc cho đến khi đơn vị nộp.",
            StatusState.NothingToReport => $" {context.Names.Office} sẽ xem xét; cho đến khi được chấp nhận, bot vẫn nhắc việc này.",
            _ => (Pause > TimeSpan.Zero ? $" Bot tạm dừng nhắc việc này trong khi {context.Names.Office} kiểm tra (tối đa {Days(Pause)} ngày)." : string.Empty) +
                 (context.TakesDocuments ? " Khi có thể, xin gửi thêm bản điện tử (tệp) qua bot." : $" Khi có thể, xin nộp thêm bản điện tử: {Hints.HandIn(false)}."),
        };
        context.Reply(new OutboundMessage($"Đã ghi nhận: {unit.Name} — \"{deadline.Title}\": {StatusKeywords.Describe(state, reference)}.{tail}{replaced}") { AboutDeadlineId = deadline.Id });
    }

    private TimeSpan Pause => reminders.Value.SentOutsidePause;

    private static string Days(TimeSpan span) => Math.Ceiling(span.TotalDays).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>What the unit typed: a number picking a choice is quoted as typed, with the choice it picked ("3" (chọn "Đã gửi bản giấy")).</summary>
    private static string Said(TurnContext context, string text) =>
        context is { TypedNumber: true, Activity.Text: { } typed } && typed.Trim() is { Length: > 0 } number && text.Length > 0 && number != text.Trim()
            // A reminder's shortcuts carry no labels in the question: their words, as the button would show them.
            ? $"{Quote(number)} (chọn \"{context.ChosenLabel ?? char.ToUpperInvariant(text[0]) + text[1..]}\")"
            : Quote(text);

    /// <summary>A short quote of what the unit wrote, for the admin deciding on it.</summary>
    private static string Quote(string text) => $"\"{TextCut.Excerpt(text, 200)}\"";
}
