using System.Text.RegularExpressions;
using QcdcBot.Bot.Conversation.Deadlines;
using QcdcBot.Bot.Text;
using QcdcBot.Scheduling.Calendar;
using QcdcBot.Storage.Deadlines;
using QcdcBot.Storage.ExtensionRequests;
using QcdcBot.Storage.Text;

namespace QcdcBot.Bot.Conversation.Submissions;

/// <summary>An extension request is stored, then put to every admin with approve / deny choices.</summary>
internal sealed partial class ExtensionFlow(ExtensionRequestStore requests, DeadlineStore deadlines, AdminDirectory admins, DayOffOffer dayOff, OfficeClock clock, UntoldDeadline untold,
    Storage.Members.MemberStore members, Storage.Submissions.SubmissionStore submissions, WorkingDayCalendar calendar)
{
    /// <summary>
    /// A request typed for a deadline whose notice is held (the office is still settling its date): there is nothing
    /// to extend yet, for anyone of the unit, however long bound; said with why. False for any other deadline.
    /// </summary>
    public async Task<bool> HeldAsync(TurnContext context, long? deadlineId, CancellationToken ct)
    {
        if (deadlineId is not { } id || !await untold.IsAsync(id, ct) || await deadlines.GetAsync(id, ct) is not { } deadline || !deadline.Covers(context.Caller.Unit!))
        {
            return false;
        }

        // The one answer for a held deadline everywhere, then what this request did not do.
        context.Reply(DeadlinePicker.HeldSentence(deadline.Id, context.Names.Office) +
                      " Bot chưa gửi đề nghị gia hạn nào; khi nhận được tin báo việc mới kèm hạn, nếu vẫn cần thêm thời gian, xin gửi lại đề nghị.");
        return true;
    }

    /// <summary>Asks for <paramref name="ask"/>'s date, or its length counted from the unit's own due date (after any extension).</summary>
    public async Task RequestAsync(TurnContext context, Deadline deadline, ExtensionAsk ask, CancellationToken ct)
    {
        var unit = context.Caller.Unit!;
        if (await HeldAsync(context, deadline.Id, ct))
        {
            return;
        }

        var current = await CurrentDueAsync(unit.Id, deadline, ct);
        var date = ask.Date ?? ask.Span!.From(current, calendar);
        // "vì công tác dân vận chưa sơ kết xong": words after "vì" are the reason, even when the title holds them too.
        var reason = Text.ReasonText.Clean(ask.Caused ? ask.Reason : WithoutName(ask.Reason, deadline.Title));
        if (date <= current)
        {
            context.Reply($"Ngày xin gia hạn ({VietnameseWording.Date(date)}) phải sau hạn hiện tại của đơn vị ({VietnameseWording.Date(current)}) cho việc #{deadline.Id} \"{deadline.Title}\".");
            return;
        }

        if (PassedProblem(date, clock.Today) is { } passed)
        {
            // "thêm 3 ngày" from a due date long gone still lands in the past: the office could only refuse it.
            context.Reply(ask.Span is { } length ? $"Thêm {length.Text} từ hạn {VietnameseWording.Date(current)} là {passed}" : passed);
            return;
        }

        // "thêm 1 tuần": the reply says which date that made, so a wrong reading is seen at once.
        var understood = ask.Span is { } span ? $" (thêm {span.Text} từ hạn hiện tại {VietnameseWording.Date(current)})" : string.Empty;
        // A new date typed without a reason ("xin gia han kh 2027 den 31/12 nhe") replaces the waiting request, not its
        // reason: the office reads the one it gave, never "(không ghi)"; a reason of its own wins.
        var carried = reason.Length == 0 ? (await requests.PendingForDeadlinesAsync([deadline.Id], unit.Id, ct)).LastOrDefault(r => r.Reason.Length > 0) : null;
        reason = carried?.Reason ?? reason;
        if (await SameRequestAsync(context, deadline, date, reason, ct))
        {
            return;
        }

        var request = await requests.CreateAsync(unit.Id, deadline.Id, date, reason, context.Caller.Key, ct);
        var colleagues = await ColleaguesReplacedAsync(context, request, deadline, date, ct);
        context.Reply(new OutboundMessage(
            $"Đã gửi đề nghị gia hạn \"{deadline.Title}\" đến {VietnameseWording.DateWithWeekday(date)}{understood}. {context.Names.Office} sẽ trả lời qua bot." +
            (request.Superseded.Count > 0 ? $" Đề nghị này thay cho đề nghị số {string.Join(", ", request.Superseded)} trước đó của đơn vị (chưa được trả lời){colleagues}; đề nghị cũ không còn hiệu lực." : string.Empty) +
            (carried is null ? string.Empty : $" Lý do giữ như đề nghị số {carried.Id}: \"{carried.Reason}\"."))
        { AboutDeadlineId = deadline.Id });

        var question = new OutboundMessage(
            $"Đề nghị gia hạn số {request.Id}: {unit.Name} xin gia hạn \"{deadline.Title}\" từ {VietnameseWording.Date(current)} đến {VietnameseWording.DateWithWeekday(date)}" +
            dayOff.AfterDateWithWeekday(date) + ".\n" +
            $"Lý do: {(reason.Length == 0 ? "(không ghi)" : reason)}{(carried is null ? string.Empty : $" (lý do của đề nghị số {carried.Id}; đề nghị mới không ghi lý do)")}\n" +
            HandedInLine(await submissions.LatestAsync(unit.Id, deadline.Id, ct), date) +
            (request.Superseded.Count > 0 ? $"Đề nghị này thay cho đề nghị số {string.Join(", ", request.Superseded)} của đơn vị (không cần trả lời đề nghị cũ).\n" : string.Empty) +
            $"Trả lời: /duyet {request.Id} hoặc /tuchoi {request.Id}")
        {
            Choices = [new Choice("Đồng ý", $"/duyet {request.Id}"), new Choice("Từ chối", $"/tuchoi {request.Id}")],
            AboutDeadlineId = deadline.Id,
        };
        foreach (var admin in await admins.AdminsAsync(ct))
        {
            context.Send(admin, question);
        }
    }

    /// <summary>
    /// The same request (date and reason) sent again for the unit moments after (a double tap, a request retyped while
    /// the first waits): it is the request already waiting, named by its number, and the office is not asked twice.
    /// False for anything else (another date or reason replaces the waiting one, as it always did).
    /// </summary>
    private async Task<bool> SameRequestAsync(TurnContext context, Deadline deadline, DateOnly date, string reason, CancellationToken ct)
    {
        if ((await requests.PendingForDeadlinesAsync([deadline.Id], context.Caller.Unit!.Id, ct)).LastOrDefault(r =>
                r.RequestedDate == date && FoldedText.Of(r.Reason).Value == FoldedText.Of(reason).Value &&
                clock.UtcNow - r.RequestedAt <= StatusReplyFlow.RepeatWindow) is not { } same)
        {
            return false;
        }

        context.Reply(new OutboundMessage(
            $"Đề nghị này đã gửi rồi và đang chờ {context.Names.Office} trả lời: đề nghị gia hạn số {same.Id} \"{deadline.Title}\" đến {VietnameseWording.DateWithWeekday(date)}, " +
            $"gửi lúc {VietnameseWording.Time(clock.ToLocal(same.RequestedAt))}. Bot không gửi lại lần nữa; {context.Names.Office} sẽ trả lời qua bot.")
        { AboutDeadlineId = deadline.Id });
        return true;
    }

    /// <summary>
    /// Tells each colleague whose pending request <paramref name="request"/> replaced (same unit, same deadline) that theirs
    /// no longer stands and what replaced it, so nobody waits on an answer that will never come; returns the words that
    /// name them for the sender (" của Hùng (đến 18/12/2026), bot đã báo cho người đó"), or "" when all were the sender's own.
    /// </summary>
    private async Task<string> ColleaguesReplacedAsync(TurnContext context, ExtensionRequest request, Deadline deadline, DateOnly date, CancellationToken ct)
    {
        var told = new List<string>();
        var unitMembers = await members.ForUnitAsync(request.UnitId, ct);
        foreach (var id in request.Superseded)
        {
            if (await requests.GetAsync(id, ct) is not { } old || string.Equals(old.RequestedBy, context.Caller.Key, StringComparison.OrdinalIgnoreCase) ||
                unitMembers.FirstOrDefault(m => string.Equals(m.Key, old.RequestedBy, StringComparison.OrdinalIgnoreCase)) is not { } colleague)
            {
                continue;
            }

            told.Add($"{colleague.DisplayName} (đến {VietnameseWording.Date(old.RequestedDate)})");
            if (colleague.Reachable)
            {
                context.Send(new ConversationReference(colleague.Channel, colleague.ChatId, colleague.UserId), new OutboundMessage(
                    $"{context.Caller.Member?.DisplayName ?? context.Caller.Key} (cùng đơn vị) vừa gửi đề nghị gia hạn số {request.Id} cho việc #{deadline.Id} \"{deadline.Title}\" " +
                    $"đến {VietnameseWording.DateWithWeekday(date)}. Đề nghị số {old.Id} của bạn (đến {VietnameseWording.Date(old.RequestedDate)}) được thay bằng đề nghị này và không còn hiệu lực; " +
                    $"{context.Names.Office} chỉ xét đề nghị mới. Nếu đơn vị cần ngày khác, xin thống nhất với nhau rồi gửi lại /giahan.")
                { AboutDeadlineId = deadline.Id });
            }
        }

        return told.Count == 0 ? string.Empty : $" của {string.Join(", ", told)}, bot đã báo cho người đó";
    }

    /// <summary>The unit's own due date for the deadline, after any extension it was granted.</summary>
    public async Task<DateOnly> CurrentDueAsync(long unitId, Deadline deadline, CancellationToken ct) =>
        (await deadlines.OverridesAsync(deadline.Id, ct)).TryGetValue(unitId, out var extended) ? extended : deadline.DueDate;

    /// <summary>Why a date cannot be asked for because it has passed; null from today on.</summary>
    private static string? PassedProblem(DateOnly date, DateOnly today) =>
        date >= today ? null
            : $"ngày {VietnameseWording.Date(date)}, đã qua (hôm nay là {VietnameseWording.Date(today)}). Không thể xin gia hạn đến một ngày đã qua; " +
              $"xin ghi ngày từ hôm nay trở đi, ví dụ: /giahan {VietnameseWording.Date(today.AddDays(7))} <lý do>.";

    /// <summary>"bc 6 tháng vì chờ ký" for "Báo cáo 6 tháng …", "kiem tra chuyen de vi …": the deadline's name that opens the reason is not the reason.</summary>
    private static string WithoutName(string reason, string title)
    {
        var words = reason.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // A name without its kind of paper ("ra soat van ban vì chờ họp") opens with two meaningful words of the title.
        var bare = words.Length >= 2 && !words[..2].Any(DeadlineName.IsOptional) && DeadlineName.Names(string.Join(' ', words[..2]), title);
        // Little words may stand before it ("cho kh 2027, thứ 3 chi bộ mới họp").
        var starts = DeadlineName.NameStarts(words).Where(start => words[..start].All(DeadlineName.IsOptional)).ToList();
        if (!bare && starts.Count == 0)
        {
            return reason;
        }

        // A comma closes the name: "kh 2027, thu 3 chi bo moi hop" keeps "thu 3" for the reason.
        var comma = Array.FindIndex(words, bare ? 0 : starts[0], w => w.EndsWith(','));
        for (var end = comma >= 0 ? comma + 1 : words.Length; end > 0; end--)
        {
            if (DeadlineName.Names(string.Join(' ', words[..end]), title))
            {
                // A little word the name need not hold belongs to the reason after it: "kiem tra chuyen de cho hop chi
                // uy" keeps "cho hop chi uy" (chờ, typed without diacritics), not "hop chi uy".
                var titleWords = DeadlineName.TitleWords(title);
                while (end > 1 && DeadlineName.IsOptional(words[end - 1]) && !titleWords.Contains(VietnameseFold.Fold(words[end - 1]).Trim(',', '.'))
                       && DeadlineName.Names(string.Join(' ', words[..(end - 1)]), title))
                {
                    end--;
                }

                return ExtensionWording.Reason(string.Join(' ', words[end..]));
            }
        }

        return reason;
    }

    /// <summary>The problem of a request that names no date at all.</summary>
    public const string NoDate = "Cần ghi ngày xin gia hạn, ví dụ: /giahan 30/4 đang chờ thủ trưởng ký.";

    /// <summary>How long ago a day-month typed without a year may be and still be read as this year's, just passed.</summary>
    private static readonly int RecentlyPassedDays = 45;

    /// <param name="askAgain">The date typed has just passed: the question "đến ngày nào?" stays open, and <paramref name="ask"/> keeps the reason.</param>
    public static bool TryParseRequest(string arguments, DateOnly today, ImpossibleDateAdvice advice, out ExtensionAsk ask, out string? problem, out bool askAgain)
    {
        ask = new ExtensionAsk(null, null, string.Empty);
        problem = null;
        askAgain = false;
        var parsed = DatePhraseParser.Parse(arguments, today);
        if (parsed.Problem == DateProblem.NotFound)
        {
            // "/giahan 30/10 chờ thủ trưởng ký", "gia han den 20/12 vi …", "xin gia hạn tới 20-12": the date may stand
            // anywhere, after any little word; "đến thứ 6 tuần sau" is the day it is everywhere else in the bot.
            parsed = DatePhraseParser.FindAnyDateOrDayAhead(arguments, today);
        }

        if (parsed.Phrase is { } named && IsNameThenLength(arguments, named.Start, named.Length))
        {
            // "xin lùi hạn bc 6 tháng 3 ngày": "6 tháng 3" is the deadline's name running into a length, not 6 March.
            // Only a date elsewhere in the text counts; otherwise the length ("3 ngày") is what was asked for.
            var masked = arguments[..named.Start] + new string(' ', named.Length) + arguments[(named.Start + named.Length)..];
            parsed = DatePhraseParser.Parse(masked, today) is { Problem: not DateProblem.NotFound } found ? found : DatePhraseParser.FindAnyDate(masked, today);
        }

        if (parsed.Problem == DateProblem.ImpossibleDate && LaterDate(arguments, parsed, today) is { } later)
        {
            // "/giahan bc 6 thang 25/12": "6 tháng 25" is the deadline's name running into the date, not a date.
            parsed = later;
        }

        if (parsed.Problem == DateProblem.ImpossibleDate)
        {
            // The example is finished by the handler once it knows the deadline (a date after its due date); never the person's words.
            var phrase = arguments.Substring(parsed.Phrase!.Start, parsed.Phrase.Length);
            ask = ask with { Impossible = phrase };
            problem = $"Ngày \"{phrase}\" không có thật. Xin gõ lại với ngày có thật, ví dụ: /giahan {VietnameseWording.Date(advice.ExampleAfter(null))} <lý do>";
            return false;
        }

        if (parsed.Phrase is { } inReason && ExtensionWording.ReasonStart(arguments) is { } opens && inReason.Start > opens &&
            ExtensionWording.FindSpan(arguments[..opens]) is { } asked)
        {
            // "thêm 1 tuần vì thứ 2 tuần sau chi bộ mới họp": the length before "vì" is the request; the day after it is the reason's.
            ask = Asked(null, asked.Span, arguments, asked.Start, asked.Length);
            return true;
        }

        if (parsed.Date is not { } d)
        {
            // "xin lùi hạn 1 tuần", "cho em thêm 3 ngày": a length, counted once the deadline is known.
            if (ExtensionWording.FindSpan(arguments) is { } length)
            {
                ask = Asked(null, length.Span, arguments, length.Start, length.Length);
                return true;
            }

            problem = NoDate;
            return false;
        }

        if (parsed.YearWasInferred && d.DayNumber - today.DayNumber > 180 && (d.Year > today.Year || parsed.Flags.Contains(DateFlag.RecentlyPassed)) &&
            today.DayNumber - d.AddYears(-1).DayNumber > 0 && today.DayNumber - d.AddYears(-1).DayNumber <= RecentlyPassedDays)
        {
            // "tới 25/11" typed on 29/11: this year's 25/11 just passed; next year's is not what an extension asks for.
            // The question stays open, so the next date typed answers it.
            ask = Asked(null, null, arguments, parsed.Phrase!.Start, parsed.Phrase.Length);
            askAgain = true;
            problem = $"Ngày {VietnameseWording.Date(d.AddYears(-1))} đã qua (hôm nay là {VietnameseWording.Date(today)}). Xin gia hạn đến ngày nào? " +
                      $"Xin nhắn ngày từ hôm nay trở đi, ví dụ: {VietnameseWording.Date(today.AddDays(7))}.";
            return false;
        }

        if (parsed.YearWasInferred && d.DayNumber - today.DayNumber > 180 && (d.Year > today.Year || parsed.Flags.Contains(DateFlag.RecentlyPassed)))
        {
            // "20/11" typed on 23/11, or "15/12" on 4/1, reads as almost a year away: far too long for an extension to be what was meant.
            problem = $"Ngày {VietnameseWording.Date(d.AddYears(-1))} đã qua. Nếu thật sự xin gia hạn đến {VietnameseWording.Date(d)}, xin ghi rõ năm, ví dụ: /giahan {VietnameseWording.Date(d)} <lý do>.";
            return false;
        }

        if (PassedProblem(d, today) is { } passed)
        {
            // "gia hạn đến 20/11/2026" typed on 1/12/2026: a date in the past is refused here, never sent to the office.
            problem = "Ngày xin gia hạn là " + passed;
            return false;
        }

        ask = Asked(d, null, arguments, parsed.Phrase!.Start, parsed.Phrase.Length) with { DateAt = (parsed.Phrase.Start, parsed.Phrase.Length) };
        return true;
    }

    /// <summary>
    /// The real date after an impossible one that began with a word of something else ("6 tháng 25/12"): the text is
    /// read again with the impossible phrase's words blanked one by one (same length, so positions still hold).
    /// </summary>
    private static DateParseResult? LaterDate(string arguments, DateParseResult impossible, DateOnly today)
    {
        var masked = arguments;
        var phrase = impossible.Phrase!;
        for (var tries = 0; tries < 3; tries++)
        {
            var space = masked.IndexOf(' ', phrase.Start);
            var end = space < 0 || space > phrase.Start + phrase.Length ? phrase.Start + phrase.Length : space;
            masked = masked[..phrase.Start] + new string(' ', end - phrase.Start) + masked[end..];
            var again = DatePhraseParser.Parse(masked, today) is { Problem: not DateProblem.NotFound } found ? found : DatePhraseParser.FindAnyDate(masked, today);
            if (again.Date is not null)
            {
                return again;
            }

            if (again.Problem != DateProblem.ImpossibleDate || again.Phrase is null)
            {
                return null;
            }

            phrase = again.Phrase;
        }

        return null;
    }

    /// <summary>A "D tháng M" phrase followed at once by a unit of time ("6 tháng 3 ngày", "6 thang 1 tuan"): a number of months and a length.</summary>
    private static bool IsNameThenLength(string arguments, int start, int length) =>
        MonthWord().IsMatch(FoldedText.Of(arguments.Substring(start, length)).Value) &&
        UnitAfter().IsMatch(FoldedText.Of(arguments[(start + length)..]).Value);

    [GeneratedRegex(@"(?<![\p{L}\p{N}])(?:thang|thg)(?![\p{L}\p{N}])", RegexOptions.CultureInvariant)]
    private static partial Regex MonthWord();

    [GeneratedRegex(@"^\s*(?:ngay|hom|tuan|thang)(?![\p{L}\p{N}])", RegexOptions.CultureInvariant)]
    private static partial Regex UnitAfter();

    /// <summary>
    /// "Lưu ý: đơn vị đã nộp việc này lúc 03:29 9/12/2026 (biên nhận số …, trễ 2 ngày); đồng ý thì bài nộp đó được tính
    /// đúng hạn.": a request for a deadline already handed in late (a fresh one, or a question answered after a colleague's
    /// late hand-in) is taken, since approving re-grades the report, and the office reads that before deciding.
    /// </summary>
    private string HandedInLine(Storage.Submissions.Submission? handedIn, DateOnly asked) => handedIn is null
        ? string.Empty
        : $"Lưu ý: đơn vị đã nộp việc này {(handedIn.Method == Storage.Submissions.SubmissionMethod.Paper ? $"ngày {VietnameseWording.Date(handedIn.ReceivedLocalDate)}" : $"lúc {VietnameseWording.Time(clock.ToLocal(handedIn.ReceivedAt))}")} " +
          $"(biên nhận số {handedIn.ReceiptNo}, {VietnameseWording.Lateness(handedIn.DueDate, handedIn.ReceivedLocalDate)}); đồng ý thì bài nộp đó " +
          (handedIn.OnTime ? "vẫn đúng hạn.\n" : handedIn.ReceivedLocalDate <= asked ? "được tính đúng hạn.\n" : "vẫn trễ.\n");

    /// <summary>What the person wrote around the date or length, without the words that asked for it ("xin gia hạn … đến", "#7").</summary>
    private static ExtensionAsk Asked(DateOnly? date, ExtensionSpan? span, string arguments, int start, int length)
    {
        var before = LinkWords().Replace(WithoutOptionNumber(arguments[..start]), string.Empty);
        return new ExtensionAsk(date, span, ExtensionWording.Reason(before + " " + arguments[(start + length)..], out var caused)) { Caused = caused };
    }

    /// <summary>
    /// "4 xin thêm 1 tuần vì …" typed at a reminder whose option 4 is "Xin gia hạn": the bare number before the request's
    /// words is the option picked, never the start of the reason. A number with a word of its own ("3 đồng chí đi học") stays.
    /// </summary>
    public static string WithoutOptionNumber(string text) => OptionNumber().Replace(text, string.Empty, 1);

    [GeneratedRegex(@"^\s*\d{1,2}\s*[.)]?(?:\s+(?=(?:xin|gia|lùi|lui|khất|khat|thêm|them|cho|em|e)(?![\p{L}\p{N}]))|\s*$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OptionNumber();

    // "xin đến", "tới", "đến hết ngày", "lùi sang" just before the date join it to the sentence; they are not the reason. A lone
    // "gia", "lùi", "khất" is "gia hạn" cut in two by a date phrase that took its "hạn" ("#4 xin gia | hạn đến 14/12").
    [GeneratedRegex(@"(?:\s|^)(?:(?:xin|gia\s+hạn|gia\s+han|gia|lùi|lui|khất|khat|đến|den|tới|toi|hết|het|ngày|ngay|là|la|sang|lại|lai)\s*)+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LinkWords();
}

/// <summary>An extension asked for: a date, or a length from the unit's own due date; and the person's reason.</summary>
internal sealed record ExtensionAsk(DateOnly? Date, ExtensionSpan? Span, string Reason)
{
    /// <summary>The date as typed when it does not exist ("31/11"): nothing is asked, the person is shown how to retype it.</summary>
    public string? Impossible { get; init; }

    /// <summary>Where the date stands in the words read (start, length), so a deadline's name is read apart from it ("bc 6 tháng đến 6 tháng 1").</summary>
    public (int Start, int Length)? DateAt { get; init; }

    /// <summary>The reason opened with "vì", "do", "lý do": all of it is the person's reason, none of it the deadline's name.</summary>
    public bool Caused { get; init; }
}
