using QcdcBot.Bot.Text;
using QcdcBot.Scheduling.Calendar;
using QcdcBot.Storage.Deadlines;

namespace QcdcBot.Bot.Conversation.Submissions;

/// <summary>
/// A secretary's text that nothing else understood but that holds a date ahead ("20/12 cho so lieu", "bc 6 thang
/// 22/12/2027 chờ ký"): most likely an extension asked without the command, often the answer to an "đến ngày nào?"
/// that was left. With one deadline it can be for, the bot asks to confirm the request, naming deadline and date;
/// otherwise it shows the /giahan line to send, filled with the person's own words. A unit's own request still waiting
/// for one deadline is that deadline: "thôi em xin đến 30/12 nhé" seconds after "xin lùi kh đến 28/12" changes its mind.
/// </summary>
internal sealed partial class UnstatedExtension(DeadlinePicker picker, Storage.ExtensionRequests.ExtensionRequestStore requests, OfficeClock clock)
{
    /// <summary>"thôi xin đến 28/12 ạ": the text names a day still to come.</summary>
    public bool HoldsDateAhead(string text) => DatePhraseParser.FindAnyDate(text, clock.Today) is { Date: { } date } && date > clock.Today;

    public async Task<bool> TryAsync(TurnContext context, string text, CancellationToken ct)
    {
        if (context.Caller.Unit is not { } unit || text.StartsWith('/') ||
            DatePhraseParser.FindAnyDate(text, clock.Today) is not { Date: { } date, Phrase: { } phrase } || date <= clock.Today)
        {
            return false;
        }

        var open = await picker.OpenForAsync(unit, ct);
        var rest = text.Remove(phrase.Start, phrase.Length);
        var unsubmitted = await picker.UnsubmittedAsync(unit, open, ct);
        var named = DeadlinePicker.NamedId(text) is { } id ? open.FirstOrDefault(d => d.Id == id) : DeadlineMention.Read(open, rest).Named.Found;
        var waiting = await requests.PendingForDeadlinesAsync([.. unsubmitted.Select(d => d.Id)], unit.Id, ct);
        if (named is null && waiting.Select(r => r.DeadlineId).Distinct().ToList() is [var asked])
        {
            // No name, one deadline with a request of the unit's still waiting: a new date is that request changed.
            named = open.First(d => d.Id == asked);
        }

        var refused = named is null ? await RefusedLastAsync(unit, unsubmitted, date, ct) : null;
        if (refused is not null)
        {
            // "em xin lại đến 22/12 được không ạ" after the office refused the unit's request: asking again, for that deadline.
            named = open.First(d => d.Id == refused.DeadlineId);
        }

        if (named is null)
        {
            // No name: the one deadline still owed that the date is after, if there is exactly one.
            var owed = new List<Deadline>();
            foreach (var d in unsubmitted)
            {
                if (await picker.DueForAsync(unit, d, ct) < date)
                {
                    owed.Add(d);
                }
            }

            named = owed is [var only] ? only : null;
        }

        // Handed in already: a request would change nothing, so only the line to send is shown.
        named = unsubmitted.Any(d => d.Id == named?.Id) ? named : null;

        // A closing "ạ"/"nhé" is courtesy: the line to send carries the reason without it.
        var words = ReasonText.WithoutEnding(text.Trim());
        if (named is null || await picker.DueForAsync(unit, named, ct) >= date)
        {
            // "thứ 2 em gửi qua ioffice" within the due date: a sending to come, said so, not an extension's hint. The line to
            // send carries the date and the reason, never the request's own words as a reason ("em xin lại đến").
            var reason = ExtensionWording.Reason(rest, out var caused);
            var line = $"{text.Substring(phrase.Start, phrase.Length)} {(caused && reason.Length > 0 ? "vì " : string.Empty)}{reason}".Trim();
            context.Reply(StatusReplyFlow.SendingLaterAnswer(context) ?? $"Bot chưa hiểu tin nhắn này. Nếu bạn muốn xin gia hạn đến {VietnameseWording.Date(date)}, xin gửi: /giahan #<mã việc> {line} " +
                          "(thay <mã việc> bằng số # của việc; gõ /viec để xem các mã).");
            return true;
        }

        // A new date for the request still waiting keeps its reason unless the words give one ("thôi em xin đến 30/12" is no reason).
        var replaced = waiting.Where(r => r.DeadlineId == named.Id).ToList();
        var payload = replaced is [.., var last] && !GivesCause().IsMatch(rest)
            ? $"/giahan #{named.Id} {VietnameseWording.Date(date)} {last.Reason}".TrimEnd()
            : $"/giahan #{named.Id} {words}";
        Confirmation.Ask(context,
            $"Bạn muốn xin gia hạn việc #{named.Id} \"{named.Title}\" đến {VietnameseWording.DateWithWeekday(date)}?\n" +
            $"Bot hiểu tin nhắn \"{TextCut.Excerpt(words, 80)}\" là đề nghị gia hạn{Replaces(replaced)}" +
            (refused is null ? string.Empty : $" (xin lại sau đề nghị số {refused.Id} đến {VietnameseWording.Date(refused.RequestedDate)} đã bị từ chối)") + "; nếu không phải, chọn Không.",
            payload, "Đúng, gửi đề nghị gia hạn");
        return true;
    }

    /// <summary>
    /// The one deadline owed, due before <paramref name="date"/>, whose latest request from the unit the office refused:
    /// a date typed next is that request asked again. Null when none or more than one.
    /// </summary>
    private async Task<Storage.ExtensionRequests.ExtensionRequest?> RefusedLastAsync(Storage.Units.Unit unit, IReadOnlyList<Deadline> unsubmitted, DateOnly date, CancellationToken ct)
    {
        var refused = new List<Storage.ExtensionRequests.ExtensionRequest>();
        foreach (var d in unsubmitted)
        {
            if (await picker.DueForAsync(unit, d, ct) < date &&
                (await requests.ForDeadlineAsync(d.Id, ct)).Where(r => r.UnitId == unit.Id).MaxBy(r => r.RequestedAt) is { State: Storage.ExtensionRequests.ExtensionState.Denied } last)
            {
                refused.Add(last);
            }
        }

        return refused is [var only] ? only : null;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<![\p{L}\p{N}])(?:vì|vi|do|bởi|boi|tại|tai|lý do|ly do|lí do)(?![\p{L}\p{N}])", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex GivesCause();

    /// <summary>", thay cho đề nghị số 3 (đến 28/12/2026) chưa được trả lời": the request the new date replaces, named.</summary>
    private static string Replaces(IReadOnlyList<Storage.ExtensionRequests.ExtensionRequest> waiting) => waiting.Count == 0 ? string.Empty
        : $", thay cho đề nghị số {string.Join(", ", waiting.Select(r => r.Id))} (đến {string.Join(", ", waiting.Select(r => VietnameseWording.Date(r.RequestedDate)))}) chưa được trả lời";
}
