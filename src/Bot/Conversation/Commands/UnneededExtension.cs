using QcdcBot.Bot.Text;
using QcdcBot.Storage.Deadlines;
using QcdcBot.Storage.ExtensionRequests;
using QcdcBot.Storage.Members;
using QcdcBot.Storage.Units;

namespace QcdcBot.Bot.Conversation.Commands;

/// <summary>
/// "Không" to approving a request after the unit handed in: the request is closed as no longer needed, recorded, and
/// the unit told in one line, since its secretary asked and would otherwise think it still waits.
/// </summary>
internal sealed class UnneededExtension(ExtensionRequestStore requests, DeadlineStore deadlines, UnitStore units, MemberStore members)
{
    public async Task CloseAsync(TurnContext context, ExtensionRequest request, CancellationToken ct)
    {
        if (await requests.CloseUnneededAsync(request.Id, context.Caller.Key, ct) is null)
        {
            context.Reply($"Đề nghị số {request.Id} đã được xử lý trước đó.");
            return;
        }

        var deadline = (await deadlines.GetAsync(request.DeadlineId, ct))!;
        var unit = (await units.GetAsync(request.UnitId, ct))!;
        var recipients = AdminDirectory.Of(await members.ForUnitAsync(request.UnitId, ct)).ToList();
        context.Reply($"Đã đóng đề nghị số {request.Id} ({unit.Code} xin gia hạn \"{deadline.Title}\" (việc #{deadline.Id}) đến {VietnameseWording.Date(request.RequestedDate)}): " +
                      $"đơn vị đã nộp nên không cần gia hạn. {UnitToldWording.Of(recipients.Count)}");
        var notice = new OutboundMessage($"Đề nghị gia hạn \"{deadline.Title}\" không còn cần vì đơn vị đã nộp; hạn của đơn vị giữ nguyên.") { AboutDeadlineId = deadline.Id };
        foreach (var to in recipients)
        {
            context.Send(to, notice);
        }
    }
}
