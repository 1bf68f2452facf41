using QcdcBot.Bot.Conversation.Routing;
using QcdcBot.Storage.Deadlines;
using QcdcBot.Storage.Members;
using QcdcBot.Storage.Statuses;
using QcdcBot.Storage.Units;

namespace QcdcBot.Bot.Conversation.Commands;

/// <summary>An admin's answer to a unit's "không có nội dung phát sinh"; the unit is told either way.</summary>
internal sealed class ExcuseDecision(StatusNoteStore notes, DeadlineStore deadlines, UnitStore units, MemberStore members)
{
    public async Task DecideAsync(TurnContext context, string arguments, bool accept, CancellationToken ct)
    {
        var command = accept ? "chapnhan" : "khongchapnhan";
        (arguments, var confirmed) = Confirmation.Strip(arguments);
        var found = long.TryParse(arguments.Trim().TrimStart('#'), out var id) ? await notes.GetAsync(id, ct) : null;
        if (found is { State: not StatusState.NothingToReport } other)
        {
            // Say what the number is, so a mistyped number is recognised as such.
            var whose = (await units.GetAsync(other.UnitId, ct))!;
            context.Reply($"Số {id} là trạng thái \"{Submissions.StatusKeywords.Describe(other)}\" của {whose.Name}, không phải báo \"không có nội dung phát sinh\": không có gì để /{command}.");
            return;
        }

        if (found is not { } note)
        {
            context.Reply($"Cần số của báo cáo \"không có nội dung phát sinh\", ví dụ: /{command} 12 (số có trong tin bot gửi).");
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

        if (accept && !context.ByChoice && !confirmed)
        {
            // A typed "/chapnhan 3" may carry the wrong number: name the unit and deadline and ask once.
            Confirmation.Ask(context, $"Chấp nhận {unit.Name} ({unit.Code}) không có nội dung phát sinh cho việc #{deadline.Id} \"{deadline.Title}\" (không phải nộp, thôi nhắc)?",
                $"/chapnhan {id}", "Đúng, chấp nhận");
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
            verdict = $"{context.Names.Office} đề nghị {unit.Name} vẫn gửi báo cáo \"{deadline.Title}\" (có thể nêu rõ không có nội dung phát sinh trong báo cáo).";
            context.Reply($"Đã báo {unit.Name} vẫn phải nộp \"{deadline.Title}\".");
        }

        var notice = new OutboundMessage(verdict) { AboutDeadlineId = deadline.Id };
        foreach (var to in AdminDirectory.Of(await members.ForUnitAsync(unit.Id, ct)))
        {
            context.Send(to, notice);
        }
    }
}
