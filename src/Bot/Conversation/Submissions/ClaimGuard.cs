using QcdcBot.Bot.Text;
using QcdcBot.Scheduling.Calendar;
using QcdcBot.Storage.Deadlines;
using QcdcBot.Storage.Statuses;
using QcdcBot.Storage.Units;

namespace QcdcBot.Bot.Conversation.Submissions;

/// <summary>
/// What one member's status reply may not do to a colleague's claim the unit has on record: quietly replace a
/// colleague's "đã gửi bản giấy" (iOffice, e-mail) that the office was asked to check. It is said to the member, the
/// colleague and the office; the claim stays until the office records it (/ghinhan) or says it did not arrive
/// (/chuanhan). A deadline handed in meanwhile is <see cref="UnitOnRecord"/>'s to say (one reader of what the unit has).
/// </summary>
internal sealed class ClaimGuard(UnitOnRecord record, AdminDirectory admins, OfficeClock clock)
{
    /// <summary>
    /// True (and said to all three) when <paramref name="earlier"/> is a colleague's claim of sending outside the bot that
    /// the office has not ruled on and this reply ("đang làm", "không có nội dung phát sinh") would replace it.
    /// </summary>
    public async Task<bool> KeptAsync(TurnContext context, Unit unit, Deadline deadline, StatusNote? earlier, StatusState state, CancellationToken ct)
    {
        if (earlier is not { IsSentOutside: true, AcceptedBy: null } || IsOutside(state) || earlier.CreatedBy == context.Caller.Key)
        {
            return false;
        }

        var colleague = await record.MemberAsync(earlier.CreatedBy, ct);
        var who = colleague is { DisplayName.Length: > 0 } ? colleague.DisplayName : "một thành viên khác của đơn vị";
        var claim = StatusKeywords.Describe(earlier.State, earlier.Reference);
        var said = StatusKeywords.Describe(state, null);
        var when = VietnameseWording.Time(clock.ToLocal(earlier.CreatedAt));
        var office = context.Names.Office;
        var me = context.Activity.DisplayName is { Length: > 0 } name ? name : "một thành viên khác của đơn vị";
        context.Reply(new OutboundMessage(
            $"Bot chưa ghi \"{said}\" cho việc #{deadline.Id} \"{deadline.Title}\": lúc {when}, {who} đã báo \"{claim}\" và {office} đang kiểm tra. " +
            $"Bot giữ báo đó cho đến khi {office} ghi nhận hoặc báo chưa nhận được, và đã báo {office} rằng bạn trả lời \"{said}\". " +
            $"Nếu đơn vị thật ra chưa gửi, xin trao đổi với {who} và {office}.")
        { AboutDeadlineId = deadline.Id });
        foreach (var admin in await admins.AdminsAsync(ct))
        {
            context.Send(admin, new OutboundMessage(
                $"⚠️ {unit.Name} ({unit.Code}) trả lời khác nhau về việc #{deadline.Id} \"{deadline.Title}\": lúc {when}, {who} báo \"{claim}\"; nay {me} báo \"{said}\". " +
                $"Bot vẫn giữ báo \"{claim}\" (tạm dừng nhắc như cũ).\nKhi đã nhận: /ghinhan {unit.Code} #{deadline.Id} <ghi chú, ngày nhận>\n" +
                $"Nếu không nhận được: /chuanhan {unit.Code} #{deadline.Id} <lý do> (bot nhắc lại đơn vị).")
            { AboutDeadlineId = deadline.Id });
        }

        if (colleague is { Reachable: true })
        {
            context.Send(new ConversationReference(colleague.Channel, colleague.ChatId, colleague.UserId), new OutboundMessage(
                $"{me} vừa trả lời \"{said}\" cho việc #{deadline.Id} \"{deadline.Title}\", trong khi bạn đã báo \"{claim}\" lúc {when}. " +
                $"Bot vẫn giữ báo của bạn; {office} đã được báo để kiểm tra.")
            { AboutDeadlineId = deadline.Id });
        }

        return true;
    }

    /// <summary>
    /// The member's own claim of sending outside replaced by a later answer ("đang làm" after "đã gửi bản giấy"): the
    /// office, asked to look for the paper, is told the claim is withdrawn. The words to add to the reply, or empty.
    /// </summary>
    public async Task<string> WithdrawnAsync(TurnContext context, Unit unit, Deadline deadline, StatusNote? earlier, StatusState state, CancellationToken ct)
    {
        if (earlier is not { IsSentOutside: true, AcceptedBy: null } || IsOutside(state))
        {
            return string.Empty;
        }

        var claim = StatusKeywords.Describe(earlier.State, earlier.Reference);
        foreach (var admin in await admins.AdminsAsync(ct))
        {
            context.Send(admin, new OutboundMessage(
                $"{unit.Name} ({unit.Code}) rút báo \"{claim}\" việc #{deadline.Id} \"{deadline.Title}\": nay báo \"{StatusKeywords.Describe(state, null)}\".")
            { AboutDeadlineId = deadline.Id });
        }

        return $" (Thay cho báo \"{claim}\" trước đó; bot đã báo {context.Names.Office}.)";
    }

    /// <summary>
    /// A "không có nội dung phát sinh" still waiting for the office, replaced by this reply: the colleague who sent it
    /// (when it was not the sender) is told theirs no longer stands, and the office that it need not decide it (unless
    /// the reply is that claim again, which goes to the office as a new one). The words to add to the sender's reply.
    /// </summary>
    public async Task<string> ClaimReplacedAsync(TurnContext context, Unit unit, Deadline deadline, StatusNote earlier, StatusState state, CancellationToken ct)
    {
        var office = context.Names.Office;
        var said = StatusKeywords.Describe(state, null);
        var when = VietnameseWording.Time(clock.ToLocal(earlier.CreatedAt));
        var whose = string.Empty;
        if (earlier.CreatedBy != context.Caller.Key && await record.MemberAsync(earlier.CreatedBy, ct) is { } colleague)
        {
            var me = context.Caller.Member?.DisplayName ?? context.Activity.DisplayName ?? "một thành viên khác của đơn vị";
            whose = $" của {colleague.DisplayName} (lúc {when}){(colleague.Reachable ? ", bot đã báo cho người đó" : string.Empty)}";
            if (colleague.Reachable)
            {
                context.Send(new ConversationReference(colleague.Channel, colleague.ChatId, colleague.UserId), new OutboundMessage(
                    $"{me} (cùng đơn vị) vừa trả lời \"{said}\" cho việc #{deadline.Id} \"{deadline.Title}\". Báo \"không có nội dung phát sinh\" số {earlier.Id} của bạn (lúc {when}) " +
                    $"được thay bằng trả lời này và không còn chờ {office} duyệt. Nếu đơn vị thật ra không có nội dung phát sinh, xin thống nhất với nhau rồi báo lại.")
                { AboutDeadlineId = deadline.Id });
            }
        }

        if (state != StatusState.NothingToReport)
        {
            foreach (var admin in await admins.AdminsAsync(ct))
            {
                context.Send(admin, new OutboundMessage(
                    $"{unit.Name} ({unit.Code}) thay báo \"không có nội dung phát sinh\" số {earlier.Id} việc #{deadline.Id} \"{deadline.Title}\" bằng \"{said}\": " +
                    $"không cần /chapnhan hay /khongchapnhan báo số {earlier.Id} nữa.")
                { AboutDeadlineId = deadline.Id });
            }
        }

        return $" (Thay cho báo \"không có nội dung phát sinh\" trước đó{whose} đang chờ {office} duyệt; báo cũ không còn hiệu lực.)";
    }

    private static bool IsOutside(StatusState state) => state is StatusState.SentOnPaper or StatusState.SentViaIOffice or StatusState.SentByEmail;
}
