using QcdcBot.Bot.Conversation.Routing;
using QcdcBot.Bot.Text;
using QcdcBot.Storage.Deadlines;
using QcdcBot.Storage.ExtensionRequests;
using QcdcBot.Storage.Members;
using QcdcBot.Storage.Units;

namespace QcdcBot.Bot.Conversation.Commands;

/// <summary>Approves or denies an extension request and tells the unit. Shared by /duyet and /tuchoi.</summary>
internal sealed class ExtensionDecision(ExtensionRequestStore requests, DeadlineStore deadlines, UnitStore units, MemberStore members)
{
    public async Task DecideAsync(TurnContext context, string arguments, bool approve, CancellationToken ct)
    {
        var (stripped, confirmed) = Confirmation.Strip(arguments);
        var idText = stripped.Trim().TrimStart('#');
        if (!long.TryParse(idText, out var id))
        {
            context.Reply($"Cần số đề nghị, ví dụ: /{(approve ? "duyet" : "tuchoi")} 12.");
            return;
        }

        var existing = await requests.GetAsync(id, ct);
        if (existing is null)
        {
            context.Reply($"Không có đề nghị gia hạn #{id}.");
            return;
        }

        if (existing.SupersededBy is { } newer)
        {
            context.Reply($"Đề nghị #{id} đã được thay bằng đề nghị mới hơn #{newer} của cùng đơn vị. Xin trả lời đề nghị #{newer}.");
            return;
        }

        if (approve && !context.ByChoice && !confirmed && existing.State == ExtensionState.Pending)
        {
            // A typed "/duyet 3" may carry the wrong number: name the request and ask once.
            var target = (await deadlines.GetAsync(existing.DeadlineId, ct))!;
            var unit = (await units.GetAsync(existing.UnitId, ct))!;
            Confirmation.Ask(context,
                $"Đồng ý đề nghị #{id}: {unit.Name} ({unit.Code}) gia hạn \"{target.Title}\" đến {VietnameseWording.DateWithWeekday(existing.RequestedDate)}?",
                $"/duyet {id}", "Đúng, đồng ý gia hạn");
            return;
        }

        var decided = await requests.DecideAsync(id, approve, context.Caller.Key, ct);
        if (decided is null)
        {
            context.Reply($"Đề nghị #{id} đã được xử lý trước đó ({(existing.State == ExtensionState.Approved ? "đồng ý" : "từ chối")}).");
            return;
        }

        var deadline = (await deadlines.GetAsync(decided.DeadlineId, ct))!;
        // The unit's due date as it stands now: an extension granted earlier still holds after a refusal.
        var current = (await deadlines.OverridesAsync(deadline.Id, ct)).TryGetValue(decided.UnitId, out var extended) && extended > deadline.DueDate ? extended : deadline.DueDate;
        var verdict = approve
            ? $"{context.Names.Office} đồng ý gia hạn \"{deadline.Title}\" đến {VietnameseWording.DateWithWeekday(current)}."
            : $"{context.Names.Office} không đồng ý gia hạn \"{deadline.Title}\" đến {VietnameseWording.Date(decided.RequestedDate)}; hạn của đơn vị vẫn là {VietnameseWording.DateWithWeekday(current)}.";
        context.Reply($"Đã {(approve ? "đồng ý" : "từ chối")} đề nghị #{id}. Đơn vị đã được báo.");
        var notice = new OutboundMessage(verdict) { AboutDeadlineId = deadline.Id };
        foreach (var to in AdminDirectory.Of(await members.ForUnitAsync(decided.UnitId, ct)))
        {
            context.Send(to, notice);
        }
    }
}
