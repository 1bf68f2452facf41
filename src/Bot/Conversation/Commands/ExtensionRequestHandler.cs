using QcdcBot.Bot.Conversation.Deadlines;
using QcdcBot.Bot.Conversation.Extensions;
using QcdcBot.Bot.Conversation.Routing;
using QcdcBot.Bot.Conversation.State;
using QcdcBot.Bot.Conversation.Submissions;
using QcdcBot.Bot.Text;
using QcdcBot.Scheduling.Calendar;
using QcdcBot.Storage.Deadlines;
using QcdcBot.Storage.Submissions;

namespace QcdcBot.Bot.Conversation.Commands;

/// <summary>/giahan &lt;ngày&gt; &lt;lý do&gt;: a secretary asks for more time.</summary>
internal sealed partial class ExtensionRequestHandler(ExtensionFlow flow, DeadlinePicker picker, SubmissionStore submissions, OfficeClock clock, ImpossibleDateAdvice advice, ExtensionWithdrawal withdrawal, UnitOnRecord record, WorkingDayCalendar calendar) : ICommandHandler
{
    public IReadOnlyList<string> Names { get; } = ["giahan", "luihan", "khathan"];

    public Access Access => Access.Secretary;

    public string Help => "/giahan <ngày hoặc thêm bao lâu> <lý do> — xin gia hạn (trả lời tin nhắc việc để chọn đúng việc)";

    // Zalo has no reply-to: the deadline is chosen by its number.
    public string HelpFor(TurnContext context) => context.TakesDocuments ? Help : "/giahan #<mã việc> <ngày hoặc thêm bao lâu> <lý do> — xin gia hạn (ghi mã #… để chọn đúng việc)";

    /// <summary>
    /// The answer to "đến ngày nào?": a text naming a date or a length. A reason alone ("chi bộ chưa họp") is kept and
    /// the date asked for again; the date that follows carries it, unless it brings a reason of its own. False (and the
    /// question dropped) for a command or anything else.
    /// </summary>
    public async Task<bool> TryAnswerDateAsync(TurnContext context, string text, CancellationToken ct)
    {
        if (context.State.AwaitingExtension is not { } earlier)
        {
            return false;
        }

        if (OpenQuestions.LooksOnly(text))
        {
            // "/viec" to check the deadlines before answering: the question stays, and is named again after the list.
            return false;
        }

        var about = context.State.AwaitingExtensionFor;
        var kept = context.State.AwaitingExtensionReason;
        context.State = context.State with { AwaitingExtension = null, AwaitingExtensionFor = null, AwaitingExtensionReason = null };
        if (!text.StartsWith('/') && ExtensionWithdrawal.Says(text))
        {
            // "thôi, không xin nữa", "hủy đề nghị gia hạn số 8": the question is dropped, never given these words as a reason.
            context.AnsweredPending = true;
            await withdrawal.HandleAsync(context, text, ct);
            return true;
        }

        var answer = MonthEndPhrase.Rewrite(text, clock.Today);
        var found = DatePhraseParser.FindAnyDateOrDayAhead(answer, clock.Today);
        var span = ExtensionWording.FindSpan(answer);
        if (text.StartsWith('/'))
        {
            return false;
        }

        if (Submissions.StatusKeywords.ReportsSentOutside(text))
        {
            // "đã gửi qua iOffice … ngày 3/12 rồi": the paper was sent, so the question is left (said so) and the report recorded,
            // for the deadline the question was about unless it names its own; the date in it is the sending's, not a new due date.
            context.ReplyToDeadlineId ??= about;
            return false;
        }

        if (found.Date is null && found.Problem != DateProblem.ImpossibleDate && span is null)
        {
            if (!DateAnswer.IsReasonAlone(text))
            {
                return false;
            }

            if (ExtensionWording.StartsWithUnreadDay(text))
            {
                // "thứ 6 tuần sau nữa" answers the question, in words the bot does not count: the date again, the reason kept.
                context.State = context.State with { AwaitingExtension = earlier, AwaitingExtensionFor = about, AwaitingExtensionReason = kept };
                context.AnsweredPending = true;
                context.Reply($"Bot chưa rõ \"{TextCut.Excerpt(ReasonText.Clean(text), 60)}\" là ngày nào. Xin nhắn ngày dạng ngày/tháng, ví dụ 18/12 (hoặc: thêm 1 tuần)" +
                              (kept is null ? "." : $"; lý do đã ghi: \"{TextCut.Excerpt(ReasonText.Clean(kept), 120)}\"."));
                return true;
            }

            var reason = kept is null ? text.Trim() : $"{kept}; {text.Trim()}";
            context.State = context.State with { AwaitingExtension = earlier, AwaitingExtensionFor = about, AwaitingExtensionReason = reason };
            context.AnsweredPending = true;
            var named = about is { } id ? (await picker.OpenForAsync(context.Caller.Unit!, ct)).FirstOrDefault(d => d.Id == id) : null;
            var which = named is null ? string.Empty : $" việc #{named.Id} \"{named.Title}\"";
            var example = advice.ExampleAfter(named is null ? null : await flow.CurrentDueAsync(context.Caller.Unit!.Id, named, ct));
            context.Reply($"Đã ghi lý do: \"{TextCut.Excerpt(ReasonText.Clean(reason), 120)}\". Xin gia hạn{which} đến ngày nào? " +
                          $"Xin nhắn ngày (hoặc thêm bao lâu), ví dụ: {example.Day}/{example.Month}, hoặc: thêm 1 tuần.");
            return true;
        }

        context.AnsweredPending = true;
        var stillOpen = about is { } asked ? (await picker.OpenForAsync(context.Caller.Unit!, ct)).FirstOrDefault(d => d.Id == asked) : null;
        if (about is { } gone && stillOpen is null && await picker.ClosedNamedAsync(context, context.Caller.Unit!, $"#{gone}", ct) is { } ended)
        {
            // The office closed or cancelled it while the date was awaited: nothing is sent, as a fresh request is refused.
            context.Reply(new OutboundMessage($"Trong lúc bot chờ ngày gia hạn, {ended}. Bot không gửi đề nghị gia hạn nào.") { AboutDeadlineId = gone });
            return true;
        }

        if (stillOpen is { } stale && await record.ExtensionUnneededAsync(context, context.Caller.Unit!, stale, ct))
        {
            // A colleague handed it in on time since the question was asked: nothing is sent.
            return true;
        }

        context.ReplyToDeadlineId ??= about;
        // A date answered alone takes the reason kept; with a reason of its own ("26/2 vì chưa họp chi bộ") it says it again.
        var own = ExtensionFlow.TryParseRequest(answer, clock.Today, advice, out var ask, out _, out _) && ask.Reason.Length > 0;
        var date = found.Phrase is { } phrase ? answer.Substring(phrase.Start, phrase.Length) : span is { } length ? answer.Substring(length.Start, length.Length) : answer;
        // A date alone never brings its fillers ("22/12 a") into the reason.
        var arguments = own ? $"{answer} {earlier}" : $"{date} {kept} {earlier}";
        // The first message's words name the deadline ("xin lùi hạn bc 6 tháng"); the reason is only what was given as one.
        await HandleAsync(context, arguments.Trim(), own ? ask.Reason : kept, ct);
        return true;
    }

    private const string OtherDeadlineHint = " Nếu định xin gia hạn việc khác, xin ghi mã việc, ví dụ: /giahan #<mã việc> <ngày> <lý do> (/viec xem các mã).";

    public Task HandleAsync(TurnContext context, string arguments, CancellationToken ct) => HandleAsync(context, arguments, null, ct);

    /// <param name="reason">The reason the person gave apart from <paramref name="arguments"/> (answers to "đến ngày nào?"); null to read it there.</param>
    private async Task HandleAsync(TurnContext context, string arguments, string? reason, CancellationToken ct)
    {
        if (reason is null && (ExtensionWithdrawal.Says(arguments) || ExtensionWithdrawal.Alone(arguments)))
        {
            // "em nhầm, không xin gia hạn nữa", "/giahan hủy": takes back the unit's request, never starts a new one.
            await withdrawal.HandleAsync(context, arguments, ct);
            return;
        }

        arguments = MonthEndPhrase.Rewrite(arguments, clock.Today);
        var (stripped, confirmed) = Confirmation.Strip(arguments);
        if (confirmed && AllTasksWords.Ids(stripped) is { Count: > 0 } ids &&
            ExtensionFlow.TryParseRequest(AllTasksWords.WithoutIds(stripped), clock.Today, advice, out var each, out _, out _))
        {
            // "xin gia hạn tất cả các việc còn lại …", confirmed: one request for each deadline the confirmation named.
            var unit = context.Caller.Unit!;
            foreach (var d in await picker.UnsubmittedAsync(unit, await picker.OpenForAsync(unit, ct), ct))
            {
                if (ids.Contains(d.Id))
                {
                    await flow.RequestAsync(context, d, each, ct);
                }
            }

            return;
        }

        if (!ExtensionFlow.TryParseRequest(arguments, clock.Today, advice, out var ask, out var problem, out var askAgain))
        {
            if (problem == ExtensionFlow.NoDate && context.ReplyToDeadlineId is null && DeadlinePicker.NamedId(context.Text) is null && await HandedInNamedAsync(context, ct) is { } handed)
            {
                // "xin gia hạn kế hoạch" when the plan is in already (on time or late): its status, never "đến ngày nào?" for another deadline.
                context.Reply(handed + OtherDeadlineHint);
                return;
            }

            if (problem == ExtensionFlow.NoDate)
            {
                // The reminder's "Xin gia hạn" carries no date: ask for it, and take the next message as the answer.
                // The deadline it will be for is named now, as every guess is.
                var about = await GuessAsync(context, ct);
                context.State = context.State with { AwaitingExtension = ExtensionFlow.WithoutOptionNumber(arguments.Trim()), AwaitingExtensionFor = about?.Id ?? context.ReplyToDeadlineId, AwaitingExtensionReason = null };
                var which = about is null ? string.Empty : $" việc #{about.Id} \"{about.Title}\"";
                var example = advice.ExampleAfter(about is null ? null : await flow.CurrentDueAsync(context.Caller.Unit!.Id, about, ct));
                context.Reply($"Xin gia hạn{which} đến ngày nào? Xin nhắn ngày (hoặc thêm bao lâu) và lý do, ví dụ: {example.Day}/{example.Month} <lý do>, hoặc: thêm 1 tuần <lý do>.");
                return;
            }

            if (ask.Impossible is { } phrase)
            {
                context.Reply(await ImpossibleDateAsync(context, arguments, phrase, ct));
                return;
            }

            if (askAgain)
            {
                // A date just passed: said so, and the next date typed answers the same request (the reason is kept).
                context.State = context.State with { AwaitingExtension = ask.Reason, AwaitingExtensionFor = context.ReplyToDeadlineId ?? DeadlinePicker.NamedId(context.Text), AwaitingExtensionReason = null };
                context.Reply(problem!);
                return;
            }

            context.Reply(problem!);
            return;
        }

        if (reason is not null)
        {
            ask = ask with { Reason = reason };
        }

        if (await picker.ExcusedNamedAsync(context.Caller.Unit!, context.ReplyToDeadlineId ?? DeadlinePicker.NamedId(context.Text) ?? DeadlinePicker.NamedId(arguments), ct) is { } excused)
        {
            // "/giahan #5 …" for a deadline the unit is excused from: answered about that one, and nothing else is asked.
            context.Reply(DeadlinePicker.ExcusedExtensionAnswer(context, excused));
            return;
        }

        if (context.ReplyToDeadlineId is null && DeadlinePicker.NamedId(arguments) is null && AllTasksWords.Match(arguments) && await ForAllAsync(context, arguments, ask, ct))
        {
            return;
        }

        if (await HandedInLateAsync(context, ct) is { } late)
        {
            // Handed in after its due date: an approved extension re-grades the report as on time, so the request is
            // taken for it rather than turned away or put on another deadline.
            await flow.RequestAsync(context, late, ask, ct);
            return;
        }

        if (context.ReplyToDeadlineId is null && DeadlinePicker.NamedId(context.Text) is null && await HandedInNamedAsync(context, ct) is { } handedIn)
        {
            // "xin gia hạn tk năm 2027 thêm 1 tuần" when that report is already in: said so before any guess, as a status
            // reply says it, and no other deadline is put in its place; the person names another only if that is what they meant.
            context.Reply(handedIn + OtherDeadlineHint);
            return;
        }

        if (context.ReplyToDeadlineId is null && DeadlinePicker.NamedId(arguments) is null && ask.DateAt is { } at && await NamedApartFromDateAsync(context, arguments, at, ct) is { } apart)
        {
            await flow.RequestAsync(context, apart, ask, ct);
            return;
        }

        if (context.ReplyToDeadlineId is null && DeadlinePicker.NamedId(arguments) is null && await NamedByTitleAsync(context, arguments, ct) is { } bare)
        {
            await flow.RequestAsync(context, bare, ask, ct);
            return;
        }

        // "/giahan #2 thêm 1 tuần" for a deadline handed in on time: said so with its date, and the others are offered
        // only when one of them fits the request (the picker's own "đã nộp rồi, nên không ghi" line is not said too).
        if (await flow.HeldAsync(context, DeadlinePicker.NamedId(context.Text), ct))
        {
            return;
        }

        var onTime = await HandedInOnTimeAsync(context, ct);
        if (onTime is not null)
        {
            context.Reply(onTime);
        }

        var (chosen, candidates) = await picker.PickAsync(context, context.Caller.Unit!, onTime is null ? null : context.Text, ct, unsubmittedOnly: true);
        if (chosen is not null)
        {
            await flow.RequestAsync(context, chosen, ask, ct);
            return;
        }

        if (candidates.Count == 0)
        {
            if (onTime is not null)
            {
                return;
            }

            context.Reply((await picker.OpenForAsync(context.Caller.Unit!, ct)).Count > 0
                ? "Đơn vị đã nộp đủ các việc đang mở, không cần xin gia hạn."
                : "Đơn vị không có việc nào đang mở để xin gia hạn.");
            return;
        }

        if (ask.Date is { } date)
        {
            // Only a deadline due before the asked date can be extended to it: the others are not offered, and said why.
            var fits = new List<Deadline>();
            var notLater = new List<string>();
            foreach (var d in candidates)
            {
                var due = await picker.DueForAsync(context.Caller.Unit!, d, ct);
                if (due < date)
                {
                    fits.Add(d);
                }
                else
                {
                    notLater.Add($"#{d.Id} \"{d.Title}\" (hạn {VietnameseWording.Date(due)})");
                }
            }

            if (fits.Count == 0 && onTime is not null)
            {
                return;
            }

            if (fits.Count == 0)
            {
                context.Reply($"Không có việc nào đang mở của đơn vị có hạn trước {VietnameseWording.Date(date)}: ngày xin gia hạn không sau hạn hiện tại của việc nào đơn vị chưa nộp, nên không có gì để xin ({string.Join("; ", notLater)}). Nếu cần thêm thời gian, xin ghi ngày sau hạn của việc, ví dụ: /giahan #{candidates[0].Id} <ngày> <lý do>.");
                return;
            }

            if (notLater.Count > 0 && onTime is null)
            {
                context.Reply($"(Không đưa vào danh sách: {string.Join("; ", notLater)}, vì hạn không sớm hơn {VietnameseWording.Date(date)}.)");
            }

            candidates = fits;
        }

        if (ask.Span is { } length)
        {
            // "thêm 5 ngày" counted from a due date long gone lands in the past: said in the offer, not after the choice.
            var passed = new List<string>();
            var ahead = new List<Deadline>();
            foreach (var d in candidates)
            {
                var due = await picker.DueForAsync(context.Caller.Unit!, d, ct);
                if (length.From(due, calendar) < clock.Today)
                {
                    passed.Add($"#{d.Id} \"{d.Title}\" (hạn {VietnameseWording.Date(due)}, thêm {length.Text} là {VietnameseWording.Date(length.From(due, calendar))}, đã qua)");
                }
                else
                {
                    ahead.Add(d);
                }
            }

            if (ahead.Count == 0 && onTime is not null)
            {
                return;
            }

            if (ahead.Count == 0)
            {
                context.Reply($"Thêm {length.Text} từ hạn của việc vẫn là ngày đã qua: {string.Join("; ", passed)}. Xin ghi ngày cụ thể từ hôm nay ({VietnameseWording.Date(clock.Today)}) trở đi, ví dụ: /giahan #{candidates[0].Id} {VietnameseWording.Date(clock.Today.AddDays(7))} <lý do>.");
                return;
            }

            if (passed.Count > 0 && onTime is null)
            {
                context.Reply($"(Không đưa vào danh sách: {string.Join("; ", passed)}; muốn xin cho việc đó, ghi ngày cụ thể.)");
            }

            candidates = ahead;
        }

        // The question repeats what was understood, so "thêm 1 tuần" read wrongly is seen before anything is sent.
        var asked = ask.Span is { } span ? $"thêm {span.Text} (tính từ hạn của việc đó)" : $"đến {VietnameseWording.DateWithWeekday(ask.Date!.Value)}";
        await picker.AskAsync(context, $"{(onTime is null ? string.Empty : "Nếu ý là việc khác: ")}Xin gia hạn {asked} cho việc nào?",
            new PendingQuestion(string.Empty, PendingKind.ExtensionDeadline, []) { Date = ask.Date, ExtendBy = ask.Span, Text = ask.Reason }, candidates, ct);
    }
}
