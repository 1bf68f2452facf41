using QcdcBot.Bot.Conversation.Routing;
using QcdcBot.Storage.Deadlines;
using QcdcBot.Storage.Members;
using QcdcBot.Storage.Statuses;
using QcdcBot.Storage.Submissions;
using QcdcBot.Storage.Units;

namespace QcdcBot.Bot.Conversation.Commands;

/// <summary>An admin's answer to a unit's "không có nội dung phát sinh"; the unit is told either way.</summary>
internal sealed class ExcuseDecision(StatusNoteStore notes, DeadlineStore deadlines, UnitStore units, MemberStore members, SubmissionStore submissions, HandInWay handIn, WaitingList waiting, OtherKindNumber otherKind)
{
    /// <param name="canAsk">False where no answer can come back (the office page, whose button names its target).</param>
    public async Task DecideAsync(TurnContext context, string arguments, bool accept, CancellationToken ct, bool canAsk = true)
    {
        var command = accept ? "chapnhan" : "khongchapnhan";
        (arguments, var confirmed) = Confirmation.Strip(arguments);
        // "/khongchapnhan 3 vì năm nay chi bộ có tổ chức đối thoại": the reason after the number goes to the unit, as with /tuchoi.
        var words = arguments.Trim().Split(' ', 2, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            // No number: the claims waiting, with theirs, as /duyet lists the extension requests.
            context.Reply(await waiting.ExcuseClaimsAsync(accept, ct));
            return;
        }

        var reason = !accept && words.Length == 2 && Text.ReasonText.Clean(words[1]).TrimEnd('.') is { Length: > 0 } why ? $" Lý do: {why}." : string.Empty;
        var found = long.TryParse(words.ElementAtOrDefault(0)?.TrimStart('#'), out var id) ? await notes.GetAsync(id, ct) : null;
        if (found is { State: not StatusState.NothingToReport } other)
        {
            // Say what the number is, so a mistyped number is recognised as such.
            var whose = (await units.GetAsync(other.UnitId, ct))!;
            // Extension requests are numbered apart: one with this number is named too, with the command that answers it.
            var request = await otherKind.RequestAsync(id, ct) is { } r ? $"\n{r}" : string.Empty;
            // The claims that do wait follow, so the number the admin meant is at hand.
            context.Reply($"Số {id} là trạng thái \"{Submissions.StatusKeywords.Describe(other)}\" của {whose.Name}, không phải báo \"không có nội dung phát sinh\": không có gì để /{command}.{request}\n{await waiting.ExcuseClaimsAsync(accept, ct)}");
            return;
        }

        if (found is null && id > 0)
        {
            // A number that is no claim at all: said as such, with the claims that do wait, so the right one is at hand.
            context.Reply(await otherKind.RequestAsync(id, ct) is { } request
                ? $"{request}\n{await waiting.ExcuseClaimsAsync(accept, ct)}"
                : $"Không có báo cáo \"không có nội dung phát sinh\" số {id}.\n{await waiting.ExcuseClaimsAsync(accept, ct)}");
            return;
        }

        if (found is not { } note)
        {
            context.Reply($"Cần số của báo cáo \"không có nội dung phát sinh\", ví dụ: /{command} 12 (số có trong tin bot gửi){(accept ? string.Empty : "; lý do, nếu có, ghi sau số: /khongchapnhan 12 vì …")}.");
            return;
        }

        var unit = (await units.GetAsync(note.UnitId, ct))!;
        var deadline = (await deadlines.GetAsync(note.DeadlineId, ct))!;
        if (note.AcceptedAt is not null)
        {
            context.Reply($"Đã chấp nhận trước đó: {unit.Name} không phải nộp \"{deadline.Title}\".");
            return;
        }

        if (note.AcceptedBy is not null)
        {
            context.Reply($"Đã xử lý trước đó: {context.Names.Office} không chấp nhận, {unit.Name} vẫn phải nộp \"{deadline.Title}\".");
            return;
        }

        if (EndedDeadlineDecision.Refusal(deadline, $"báo \"không có nội dung phát sinh\" số {id}", accept ? "chấp nhận" : "trả lời") is { } ended)
        {
            context.Reply(ended);
            return;
        }

        if ((await notes.ForUnitAsync(unit.Id, ct)).LastOrDefault(n => n.DeadlineId == deadline.Id) is { } newer && newer.Id != note.Id)
        {
            // The unit answered again since: that later reply is what stands, so the old claim is not decided.
            context.Reply($"Báo số {id} của {unit.Name} đã được thay bằng trả lời mới hơn của đơn vị: \"{Submissions.StatusKeywords.Describe(newer)}\". Không ghi gì thêm." +
                (newer.State == StatusState.NothingToReport ? $" Trả lời báo mới: /{command} {newer.Id}." : string.Empty));
            return;
        }

        if (await submissions.LatestAsync(unit.Id, deadline.Id, ct) is { } handedIn)
        {
            // The rule: what a unit hands in always counts, so a file sent after (or before) the claim makes the claim
            // moot; nothing is accepted or refused, and the office is told why.
            var when = handedIn.ReceivedAt >= note.CreatedAt ? "sau khi báo" : "trước khi báo";
            context.Reply($"{unit.Name} đã nộp \"{deadline.Title}\" {when} \"không có nội dung phát sinh\" (biên nhận số {handedIn.ReceiptNo}, nhận ngày " +
                $"{Text.VietnameseWording.Date(handedIn.ReceivedLocalDate)}). Bài đã nộp được tính, nên báo \"không có nội dung phát sinh\" không cần /{command} nữa; không ghi gì thêm.");
            return;
        }

        // A refusal is told to the unit at once and has no undo, so "2" (Không chấp nhận) under the notice, the number an
        // office used to "2 = Không" types for "not now", asks once too, naming the unit; "2"/"không" there does nothing.
        if (!confirmed && (!context.ByChoice || (!accept && canAsk)))
        {
            // A typed "/chapnhan 3" or "/khongchapnhan 3 …" may carry the wrong number: name the unit and deadline and ask once,
            // and the extension request of the same number, if any, so the admin who meant that one stops here.
            var also = !context.ByChoice && await otherKind.RequestAsync(id, ct, also: true) is { } request ? $"\n{request}" : string.Empty;
            if (accept)
            {
                Confirmation.Ask(context, $"Báo \"không có nội dung phát sinh\" số {id}: chấp nhận {unit.Name} ({unit.Code}) không có nội dung phát sinh cho việc #{deadline.Id} \"{deadline.Title}\" (không phải nộp, thôi nhắc)?{also}",
                    $"/chapnhan {id}", "Đúng, chấp nhận");
            }
            else
            {
                Confirmation.Ask(context, $"Không chấp nhận báo \"không có nội dung phát sinh\" số {id} của {unit.Name} ({unit.Code}) cho việc #{deadline.Id} \"{deadline.Title}\" (đơn vị vẫn phải nộp, bot tiếp tục nhắc)?{reason}{(reason.Length == 0 ? $" (Đơn vị được báo ngay; muốn nêu lý do: /khongchapnhan {id} vì …)" : string.Empty)}{also}",
                    $"/khongchapnhan {arguments.Trim()}", "Đúng, không chấp nhận");
            }

            return;
        }

        string verdict;
        if (accept)
        {
            await notes.AcceptExcuseAsync(id, context.Caller.Key, ct);
            verdict = $"{context.Names.Office} chấp nhận: {unit.Name} không có nội dung phát sinh cho \"{deadline.Title}\", không phải nộp; bot thôi nhắc việc này.";
            context.Reply($"Đã chấp nhận. {unit.Name} không phải nộp \"{deadline.Title}\" và không còn bị nhắc.");
        }
        else
        {
            await notes.RefuseExcuseAsync(id, context.Caller.Key, ct);
            verdict = $"{context.Names.Office} đề nghị {unit.Name} vẫn gửi báo cáo \"{deadline.Title}\" (có thể nêu rõ không có nội dung phát sinh trong báo cáo).{reason}";
            context.Reply($"Đã báo {unit.Name} vẫn phải nộp \"{deadline.Title}\".{reason}");
        }

        var recipients = (await members.ForUnitAsync(unit.Id, ct)).Where(m => m.Reachable).ToList();
        if (recipients.Count == 0)
        {
            context.Reply(UnitToldWording.Of(0));
        }

        foreach (var member in recipients)
        {
            // Told to hand it in after all: how, on the member's own channel, as every notice that asks for a file says.
            var text = accept ? verdict : $"{verdict}\nCách nộp: {await handIn.ForAsync(member, deadline.Id, ct)}";
            context.Send(new ConversationReference(member.Channel, member.ChatId, member.UserId), new OutboundMessage(text) { AboutDeadlineId = deadline.Id });
        }
    }
}
