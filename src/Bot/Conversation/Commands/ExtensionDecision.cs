using QcdcBot.Bot.Conversation.Deadlines;
using QcdcBot.Bot.Conversation.Routing;
using QcdcBot.Bot.Conversation.State;
using QcdcBot.Bot.Text;
using QcdcBot.Scheduling.Calendar;
using QcdcBot.Storage.Deadlines;
using QcdcBot.Storage.ExtensionRequests;
using QcdcBot.Storage.Members;
using QcdcBot.Storage.Submissions;
using QcdcBot.Storage.Units;

namespace QcdcBot.Bot.Conversation.Commands;

/// <summary>Approves or denies an extension request and tells the unit. Shared by /duyet and /tuchoi.</summary>
internal sealed class ExtensionDecision(ExtensionRequestStore requests, DeadlineStore deadlines, UnitStore units, MemberStore members, DayOffOffer dayOff, OfficeClock clock,
    Storage.Submissions.SubmissionStore submissions, UnneededExtension unneeded, WaitingList waiting, OtherKindNumber otherKind)
{
    /// <summary>The word of the "Không" option on a request the unit's hand-in made pointless.</summary>
    private const string Unneeded = "khongcan";

    /// <summary>The choice that closes a request no longer needed: never a second "Không" beside the way out, which leaves it undecided.</summary>
    private const string CloseUnneeded = "Đóng đề nghị (không còn cần)";

    /// <param name="canAsk">False where no answer can come back (the office page): a requested day off is approved as asked, and said.</param>
    public async Task DecideAsync(TurnContext context, string arguments, bool approve, CancellationToken ct, bool canAsk = true)
    {
        var (stripped, confirmed) = Confirmation.Strip(arguments);
        var words = stripped.Trim().Split(' ', 2, StringSplitOptions.RemoveEmptyEntries);
        var idText = words.ElementAtOrDefault(0)?.TrimStart('#') ?? string.Empty;
        if (!long.TryParse(idText, out var id))
        {
            context.Reply(await waiting.ExtensionRequestsAsync(approve, ct));
            return;
        }

        var existing = await requests.GetAsync(id, ct);
        if (existing is null)
        {
            // Claims are numbered apart: a claim's number typed here is named as one, with the command that answers it.
            context.Reply(await otherKind.ClaimAsync(id, ct) ?? $"Không có đề nghị gia hạn số {id}.");
            return;
        }

        if (existing.SupersededBy is { } newer)
        {
            context.Reply($"Đề nghị số {id} đã được thay bằng đề nghị mới hơn số {newer} của cùng đơn vị. Xin trả lời đề nghị số {newer}.");
            return;
        }

        if (existing.Withdrawn)
        {
            context.Reply($"Đề nghị số {id} đã được đơn vị rút lại, nên không còn gì để {(approve ? "duyệt" : "từ chối")}.");
            return;
        }

        if (existing.Unneeded)
        {
            // Closed as no longer needed (handed in, or a new due date that reaches the date asked): nothing left to decide.
            context.Reply($"Đề nghị số {id} đã đóng vì không còn cần ({await MootWhyAsync(existing, ct)}), nên không {(approve ? "duyệt" : "từ chối")} nữa.");
            return;
        }

        if (existing.State == ExtensionState.Pending &&
            EndedDeadlineDecision.Refusal((await deadlines.GetAsync(existing.DeadlineId, ct))!, $"đề nghị gia hạn số {id}", approve ? "duyệt" : "từ chối") is { } ended)
        {
            context.Reply(ended);
            return;
        }

        if (approve && !confirmed && canAsk && existing.State == ExtensionState.Pending && await submissions.LatestAsync(existing.UnitId, existing.DeadlineId, ct) is { } handedIn)
        {
            // The unit handed in after asking: the extension changes nothing any more, so the admin is told and asked.
            var title = (await deadlines.GetAsync(existing.DeadlineId, ct))!.Title;
            var who = (await units.GetAsync(existing.UnitId, ct))!;
            // By the real order, with both times: a request whose date was sent after a colleague's hand-in may have been
            // begun before it ("đến ngày nào?" open), so "nộp trước khi xin gia hạn" would say more than is known.
            var requested = VietnameseWording.Time(clock.ToLocal(existing.RequestedAt));
            var handed = $"{who.Name} ({who.Code}) đã nộp \"{title}\" (biên nhận số {handedIn.ReceiptNo}, " +
                (handedIn.Method == SubmissionMethod.Paper ? $"nhận ngày {VietnameseWording.Date(handedIn.ReceivedLocalDate)})" : $"nhận lúc {VietnameseWording.Time(clock.ToLocal(handedIn.ReceivedAt))})") +
                (handedIn.ReceivedAt >= existing.RequestedAt ? $", sau khi xin gia hạn (đề nghị gửi lúc {requested})" : $"; đề nghị gia hạn được gửi sau đó, lúc {requested}");
            if (!handedIn.OnTime)
            {
                // Handed in late, the extension still matters: approving re-grades the report.
                Confirmation.Ask(context,
                    $"{handed}; bài nộp {VietnameseWording.Lateness(handedIn.DueDate, handedIn.ReceivedLocalDate)}, đồng ý thì " +
                    (handedIn.ReceivedLocalDate <= existing.RequestedDate ? "được tính đúng hạn" : $"vẫn trễ (đơn vị xin đến {VietnameseWording.Date(existing.RequestedDate)})") +
                    $". Đồng ý đề nghị số {id}?",
                    $"/duyet {stripped.Trim()}", "Đồng ý gia hạn");
                return;
            }

            // Closing the request as no longer needed (it stops waiting in /donvi, /viec and a lone "1", the unit told) is
            // its own choice, 3: "2" is "Không" as in every question, and leaves the request undecided.
            context.Ask(
                $"{handed}, nên đề nghị số {id} không còn cần. Vẫn đồng ý gia hạn? Hay đóng đề nghị vì không còn cần?",
                new PendingQuestion(string.Empty, PendingKind.Commands, [$"/duyet {stripped.Trim()} xacnhan", string.Empty, $"/duyet {id} {Unneeded} xacnhan"]) { YesOption = 1 },
                ["Vẫn đồng ý gia hạn", Confirmation.No, CloseUnneeded]);
            return;
        }

        if (approve && confirmed && words.ElementAtOrDefault(1) == Unneeded)
        {
            await unneeded.CloseAsync(context, existing, ct);
            return;
        }

        // "/duyet 3 20/12/2024": approve to another date than the one asked (the working day before a day off).
        DateOnly? granted = null;
        if (approve && words.Length == 2)
        {
            var parsed = DatePhraseParser.Parse(words[1], clock.Today);
            if (parsed.Date is not { } date || parsed.Flags.Contains(DateFlag.RecentlyPassed))
            {
                context.Reply($"Không đọc được ngày gia hạn trong \"{words[1]}\". Ghi ngày có năm, ví dụ: /duyet {id} {VietnameseWording.Date(existing.RequestedDate)}.");
                return;
            }

            granted = date;
            if (existing.State == ExtensionState.Pending && await deadlines.GetAsync(existing.DeadlineId, ct) is { } target &&
                await CurrentDueAsync(target, existing.UnitId, ct) is var dueNow && date <= dueNow)
            {
                // An "extension" to a date no later than the unit's due date as it stands would shorten it or change
                // nothing: refused with the reason, nothing written, and what to type instead.
                var unit = (await units.GetAsync(existing.UnitId, ct))!;
                var extendedTo = dueNow > target.DueDate ? $"hạn đã được gia hạn của đơn vị (hạn chung {VietnameseWording.Date(target.DueDate)})" : "hạn hiện tại của việc";
                context.Reply($"Chưa duyệt gì: ngày {VietnameseWording.DateWithWeekday(date)} {(date == dueNow ? "trùng" : "trước")} {extendedTo} là {VietnameseWording.DateWithWeekday(dueNow)} " +
                              $"({unit.Code}, việc #{target.Id} \"{target.Title}\"), nên không phải gia hạn. Đồng ý như đơn vị xin (đến {VietnameseWording.Date(existing.RequestedDate)}): /duyet {id}; " +
                              $"cho ngày khác: /duyet {id} <ngày sau {VietnameseWording.Date(dueNow)}>; từ chối: /tuchoi {id} <lý do>.");
                return;
            }
        }

        if (approve && existing.State == ExtensionState.Pending && (await deadlines.GetAsync(existing.DeadlineId, ct))!.DueDate is var due && (granted ?? existing.RequestedDate) < due)
        {
            // The deadline was moved (/suahan) past the date asked: what is confirmed, stored and told is one date, the later.
            granted = due;
        }

        if (approve && existing.State == ExtensionState.Pending && !confirmed && (granted ?? existing.RequestedDate) is var until && until < clock.Today)
        {
            // Approving to a day already gone makes the unit late at once: say so, and offer another date.
            Confirmation.Ask(context,
                $"Đề nghị số {id} xin gia hạn đến {VietnameseWording.DateWithWeekday(until)} — ngày này đã qua (hôm nay {VietnameseWording.Date(clock.Today)}). " +
                $"Vẫn đồng ý đến {VietnameseWording.Date(until)}? Muốn cho ngày khác: /duyet {id} <ngày>; từ chối: /tuchoi {id}.",
                $"/duyet {id} {DayOffOffer.Written(until)}", $"Vẫn đồng ý đến {VietnameseWording.Date(until)}");
            return;
        }

        if (approve && existing.State == ExtensionState.Pending && !confirmed && canAsk && await OfferWorkingDayAsync(context, existing, granted, ct))
        {
            return;
        }

        if (!confirmed && existing.State == ExtensionState.Pending && approve && !context.ByChoice)
        {
            // A typed "/duyet 3" may carry the wrong number: name the request and ask once. A choice on the request
            // itself (a button, or its number typed where there are none) is answered at once.
            var target = (await deadlines.GetAsync(existing.DeadlineId, ct))!;
            var unit = (await units.GetAsync(existing.UnitId, ct))!;
            // The same number may also be a claim's: said under the question, so the admin who meant the claim stops here.
            var also = await otherKind.ClaimAsync(id, ct, also: true) is { } note ? $"\n{note}" : string.Empty;
            if (approve)
            {
                Confirmation.Ask(context,
                    $"Đồng ý đề nghị số {id}: {unit.Name} ({unit.Code}) gia hạn \"{target.Title}\" đến {GrantedWording(existing, granted)}?{also}",
                    granted is { } chosen ? $"/duyet {id} {DayOffOffer.Written(chosen)}" : $"/duyet {id}", "Đúng, đồng ý gia hạn");
            }
            else
            {
                Confirmation.Ask(context,
                    $"Từ chối đề nghị số {id}: {unit.Name} ({unit.Code}) xin gia hạn \"{target.Title}\" đến {VietnameseWording.DateWithWeekday(existing.RequestedDate)}?{also}",
                    $"/tuchoi {stripped.Trim()}", "Đúng, từ chối");
            }

            return;
        }

        if (!approve && !confirmed && canAsk && words.Length == 1 && existing.State == ExtensionState.Pending)
        {
            // "2" (Từ chối) under the request, or "/tuchoi 3" typed, carries no reason: asked for one, since the unit is
            // told why; nothing is sent before the reason or the "0".
            var unit = (await units.GetAsync(existing.UnitId, ct))!;
            var title = (await deadlines.GetAsync(existing.DeadlineId, ct))!.Title;
            var also = context.ByChoice ? null : await otherKind.ClaimAsync(id, ct, also: true);
            context.State = context.State with { AwaitingRefusalReason = id };
            context.Reply($"Từ chối đề nghị số {id}: {unit.Name} ({unit.Code}) xin gia hạn \"{title}\" đến {VietnameseWording.Date(existing.RequestedDate)}. " +
                          $"Lý do từ chối? (Lý do được gửi cho đơn vị; gõ \"bỏ qua\" để từ chối không nêu lý do; \"0\", \"không\" hoặc \"thôi\" để chưa từ chối.){(also is null ? string.Empty : "\n" + also)}");
            return;
        }

        var handedBefore = await submissions.LatestAsync(existing.UnitId, existing.DeadlineId, ct);
        var lateBefore = approve && handedBefore is { OnTime: false };
        var decided = await requests.DecideAsync(id, approve, context.Caller.Key, granted, ct);
        if (decided is null)
        {
            context.Reply($"Đề nghị số {id} đã được xử lý trước đó ({(existing.State == ExtensionState.Approved ? "đồng ý" : "từ chối")}).");
            return;
        }

        var deadline = (await deadlines.GetAsync(decided.DeadlineId, ct))!;
        // The unit's due date as it stands now: an extension granted earlier still holds after a refusal.
        var current = await CurrentDueAsync(deadline, decided.UnitId, ct);
        var asked = current != decided.RequestedDate ? $" (đơn vị xin đến {VietnameseWording.Date(decided.RequestedDate)})" : string.Empty;
        var verdict = approve
            ? $"{context.Names.Office} đồng ý gia hạn \"{deadline.Title}\" đến {VietnameseWording.DateWithWeekday(current)}{asked}."
            : $"{context.Names.Office} không đồng ý gia hạn \"{deadline.Title}\" đến {VietnameseWording.Date(decided.RequestedDate)}; hạn của đơn vị vẫn là {VietnameseWording.DateWithWeekday(current)}" +
              (current < clock.Today && handedBefore is null ? $" (đã quá hạn {clock.Today.DayNumber - current.DayNumber} ngày: xin nộp ngay)." : ".");
        // "/tuchoi 3 <lý do>": the unit is told why, so it knows what to do next.
        var reason = !approve && words.Length == 2 && Text.ReasonText.Clean(words[1]).TrimEnd('.') is { Length: > 0 } why ? $" Lý do: {why}." : string.Empty;
        verdict += reason;
        // The approval re-grades a report handed in late: say it now counts as on time, to the unit and the office alike.
        var standing = approve ? await submissions.LatestAsync(decided.UnitId, decided.DeadlineId, ct) : null;
        var regraded = lateBefore && standing is { OnTime: true } now
            ? $" Bài đã nộp ngày {VietnameseWording.Date(now.ReceivedLocalDate)} nay được tính là đúng hạn."
            : string.Empty;
        // Handed in already: the unit hears that what it sent stands and need not be sent again, and how it counts.
        verdict += standing is null ? string.Empty
            : $" Bài đơn vị đã nộp ngày {VietnameseWording.Date(standing.ReceivedLocalDate)} (biên nhận số {standing.ReceiptNo}) vẫn giữ nguyên, không cần nộp lại" +
              (regraded.Length > 0 ? "; bài này nay được tính là đúng hạn." : standing.OnTime ? " (đúng hạn)." : $" ({VietnameseWording.Lateness(standing.DueDate, standing.ReceivedLocalDate)}).");
        var flag = approve && dayOff.DayOffName(current) is { } name ? $" Lưu ý: hạn mới {VietnameseWording.Date(current)} là ngày nghỉ ({name})." : string.Empty;
        var other = approve && current != decided.RequestedDate ? $" Hạn mới của đơn vị: {VietnameseWording.DateWithWeekday(current)}." : string.Empty;
        var recipients = AdminDirectory.Of(await members.ForUnitAsync(decided.UnitId, ct)).ToList();
        // A typed number stands for the request whose options came last: the reply names it, so a wrong one is seen at once.
        // A typed /duyet, confirmed or not, is named the same way: only the office page, which shows the request beside it, is not.
        var named = canAsk && await units.GetAsync(decided.UnitId, ct) is { } decidedUnit
            ? approve
                ? $": {decidedUnit.Name} ({decidedUnit.Code}) gia hạn \"{deadline.Title}\" (việc #{deadline.Id}) đến {VietnameseWording.DateWithWeekday(current)}"
                : $": {decidedUnit.Name} ({decidedUnit.Code}) xin gia hạn \"{deadline.Title}\" (việc #{deadline.Id}) đến {VietnameseWording.Date(decided.RequestedDate)}"
            : string.Empty;
        context.Reply($"Đã {(approve ? "đồng ý" : "từ chối")} đề nghị số {id}{named}. {UnitToldWording.Of(recipients.Count)}{reason}{other}{flag}{regraded}");
        var notice = new OutboundMessage(verdict) { AboutDeadlineId = deadline.Id };
        foreach (var to in recipients)
        {
            context.Send(to, notice);
        }
    }

    /// <summary>Why a request was closed as no longer needed (<see cref="ExtensionMoot"/>).</summary>
    private async Task<string> MootWhyAsync(ExtensionRequest request, CancellationToken ct) =>
        ExtensionMoot.Why((await deadlines.GetAsync(request.DeadlineId, ct))!, request);

    /// <summary>
    /// The date the approval gives, as the admin typed it ("/duyet 3 18/12"), with the date asked beside it when they
    /// differ and a flag when the given date is a day off.
    /// </summary>
    private string GrantedWording(ExtensionRequest request, DateOnly? granted)
    {
        var date = granted ?? request.RequestedDate;
        var asked = date != request.RequestedDate ? $" (đơn vị xin đến {VietnameseWording.DateWithWeekday(request.RequestedDate)})" : string.Empty;
        var off = dayOff.DayOffName(date) is { } name ? $" — lưu ý: {VietnameseWording.Date(date)} là ngày nghỉ ({name})" : string.Empty;
        return $"{VietnameseWording.DateWithWeekday(date)}{asked}{off}";
    }

    /// <summary>
    /// An approval to a day off, the one asked for or the one the admin typed ("/duyet 3 21/12"): the question names
    /// that date and offers the working day before it (when that is still later than the unit's due date), one word
    /// to accept, or the day off as typed.
    /// </summary>
    private async Task<bool> OfferWorkingDayAsync(TurnContext context, ExtensionRequest request, DateOnly? granted, CancellationToken ct)
    {
        var date = granted ?? request.RequestedDate;
        if (dayOff.DayOffName(date) is null)
        {
            return false;
        }

        var deadline = (await deadlines.GetAsync(request.DeadlineId, ct))!;
        var current = await CurrentDueAsync(deadline, request.UnitId, ct);
        if (dayOff.WorkingDayBefore(date) <= current)
        {
            return false;
        }

        var unit = (await units.GetAsync(request.UnitId, ct))!;
        var asked = granted is { } typed && typed != request.RequestedDate
            ? $"Đồng ý đề nghị số {request.Id}: {unit.Name} ({unit.Code}) gia hạn \"{deadline.Title}\" đến {VietnameseWording.DateWithWeekday(typed)} (ngày bạn ghi; đơn vị xin đến {VietnameseWording.DateWithWeekday(request.RequestedDate)})?"
            : $"Đồng ý đề nghị số {request.Id}: {unit.Name} ({unit.Code}) xin gia hạn \"{deadline.Title}\" đến {VietnameseWording.DateWithWeekday(date)}?";
        return dayOff.TryOffer(context, $"{asked} (Từ chối: /tuchoi {request.Id})",
            date, d => $"/duyet {request.Id} {DayOffOffer.Written(d)} xacnhan",
            keep: $"/duyet {request.Id} {DayOffOffer.Written(date)} xacnhan", aboutDeadlineId: deadline.Id,
            change: $"duyệt đề nghị số {request.Id}, gia hạn", noOnTwo: true);
    }

    /// <summary>The unit's due date as it stands: the deadline's, or an extension already granted when later.</summary>
    private async Task<DateOnly> CurrentDueAsync(Deadline deadline, long unitId, CancellationToken ct) =>
        (await deadlines.OverridesAsync(deadline.Id, ct)).TryGetValue(unitId, out var extended) && extended > deadline.DueDate ? extended : deadline.DueDate;
}
