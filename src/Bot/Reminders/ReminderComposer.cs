using System.Text;
using Microsoft.Extensions.Options;
using QcdcBot.Bot.Channels;
using QcdcBot.Bot.Conversation;
using QcdcBot.Bot.Conversation.Submissions;
using QcdcBot.Bot.Delivery;
using QcdcBot.Bot.Text;
using QcdcBot.Bot.Web.Upload;
using QcdcBot.Scheduling.Calendar;
using QcdcBot.Scheduling.Reminders;
using QcdcBot.Storage.Deadlines;
using QcdcBot.Storage.Delivery;
using QcdcBot.Storage.Members;
using QcdcBot.Storage.Statuses;

namespace QcdcBot.Bot.Reminders;

/// <summary>
/// The reminder texts: short enough for a phone, the time left in words, how to submit, and quick replies
/// (buttons where the channel has them). Each message is about its deadline, so a reply to it is linked.
/// </summary>
/// <param name="uploads">Personal upload links, added to each reminder when the upload page is on.</param>
/// <param name="calendar">Says when a due date is a day off, so the reminder names it.</param>
internal sealed class ReminderComposer(OutboxWriter writer, IOptionsMonitor<BotOptions> options, OfficeClock clock, UploadLinks? uploads = null, WorkingDayCalendar? calendar = null, DocumentIntake? documents = null) : IReminderComposer
{
    public static IReadOnlyList<Choice> QuickReplies { get; } =
    [
        new("Nộp file", "/nopfile"),
        new("Đang làm", "đang làm"),
        new("Đã gửi bản giấy", "đã gửi bản giấy"),
        new("Xin gia hạn", "/giahan"),
    ];

    public async Task<IReadOnlyList<OutboxItem>> ComposeReminderAsync(ReminderNotice notice, IReadOnlyList<Member> recipients, CancellationToken ct)
    {
        var dayOff = calendar is null || calendar.IsWorkingDay(notice.DueDate)
            ? null
            : calendar.HolidayName(notice.DueDate) ?? VietnameseWording.Weekday(notice.DueDate.DayOfWeek);
        var office = options.CurrentValue.OfficeName;
        var key = $"rem:{notice.Deadline.Id}:{notice.Unit.Id}:{notice.Slot.Key}";
        var items = new List<OutboxItem>(recipients.Count);
        foreach (var m in recipients)
        {
            // Each secretary gets their own link: it is signed for them, their unit and this deadline.
            var link = uploads is null ? null : await uploads.ForAsync(m, notice.Deadline.Id, ct);
            // Where the bot cannot receive files (Zalo), the reminder points to the link or to /nopfile instead.
            var handIn = documents?.Takes(m.Channel) ?? true ? "gửi tệp cho bot"
                : link is null ? Hints.HandIn(takesDocuments: false) : "mở đường dẫn nộp tệp bên dưới";
            var text = ReminderText(notice, office, dayOff, handIn) + (link is null ? string.Empty : $"\nNộp tệp tại: {link}");
            var personal = new OutboundMessage(text) { Choices = QuickReplies, AboutDeadlineId = notice.Deadline.Id, Shortcuts = true };
            items.Add(await writer.ItemAsync(new ConversationReference(m.Channel, m.ChatId, m.UserId), personal, $"{key}:{m.Id}", ct));
        }

        return items;
    }

    public async Task<IReadOnlyList<OutboxItem>> ComposeUndeliveredAsync(OutboxMessage message, IReadOnlyList<Member> admins, string dedupeKey, CancellationToken ct)
    {
        string text;
        try
        {
            text = OutboxBody.FromJson(message.BodyJson).Text;
        }
        catch (System.Text.Json.JsonException)
        {
            text = string.Empty;
        }

        var excerpt = TextCut.Excerpt(text, 300);
        var notice = new OutboundMessage(
            $"⚠️ Một tin nhắn của bot không gửi được tới {message.Channel}:{message.ChatId} " +
            "vì nền tảng không phản hồi trong thời gian dài. Xin báo cho người nhận bằng cách khác.\nNội dung: {excerpt}");
        return await ForEachAsync(admins, notice, dedupeKey, ct);
    }

    public async Task<IReadOnlyList<OutboxItem>> ComposeAdminNoticeAsync(AdminSweepNotice notice, IReadOnlyList<Member> admins, CancellationToken ct)
    {
        var message = new OutboundMessage(AdminNoticeText.For(notice, clock))
        {
            AboutDeadlineId = notice.Deadlines.Count == 1 ? notice.Deadlines[0].Deadline.Id : null,
        };
        return await ForEachAsync(admins, message, $"adm:{notice.Today:yyyy-MM-dd}", ct);
    }

    public async Task<IReadOnlyList<OutboxItem>> ComposeResumedAsync(ResumedFanout resumed, CancellationToken ct)
    {
        var what = resumed.Deadline is { } d ? $"\"{d.Title}\"" : $"#{resumed.Fanout.DeadlineId}";
        var started = TimeZoneInfo.ConvertTime(resumed.Fanout.StartedAt, clock.Zone);
        var text = new StringBuilder(
            $"♻️ Lệnh /nhacngay việc {what} lúc {started:HH:mm dd/MM} bị gián đoạn vì bot dừng đột ngột giữa chừng, khi đã nhắc {resumed.RemindedBefore} đơn vị.");
        if (resumed.Resumed is { } r)
        {
            text.Append($" Bot đã tự làm tiếp theo sổ nhắc việc: nhắc thêm {r.Reminded} đơn vị còn lại");
            text.Append(r.Unreachable > 0 ? $"; {r.Unreachable} đơn vị chưa có ai nhận tin (danh sách: /chuanop #{resumed.Fanout.DeadlineId})." : ".");
            text.Append(" Mỗi đơn vị chỉ nhận một lời nhắc, không ai bị nhắc hai lần.");
        }
        else
        {
            text.Append(" Việc này nay không còn mở nên bot không nhắc tiếp các đơn vị còn lại.");
        }

        var to = resumed.Requester;
        var message = new OutboundMessage(text.ToString()) { AboutDeadlineId = resumed.Fanout.DeadlineId };
        return [await writer.ItemAsync(new ConversationReference(to.Channel, to.ChatId, to.UserId), message, $"fanout:{resumed.Fanout.Id}:resumed", ct)];
    }

    /// <param name="dayOff">The name of the day off the due date falls on ("Chủ nhật", a holiday), or null.</param>
    internal static string ReminderText(ReminderNotice n, string office, string? dayOff = null, string handIn = "gửi tệp cho bot")
    {
        var due = VietnameseWording.DateWithWeekday(n.DueDate);
        var days = n.DueDate.DayNumber - n.Today.DayNumber;
        var when = days switch
        {
            > 1 => $"Còn {days} ngày (hạn {due}).",
            1 => $"Hạn là ngày mai, {due}.",
            0 => $"Hôm nay ({due}) là hạn cuối.",
            _ => $"Đã quá hạn {-days} ngày (hạn {due}).",
        };
        return $"⏰ Nhắc việc #{n.Deadline.Id}: {n.Deadline.Title}\n" +
               DeadlineText.LetterNote(n.Deadline) +
               $"Đơn vị: {n.Unit.Name}\n" +
               $"{when}\n" +
               (dayOff is null ? string.Empty : $"Hạn {VietnameseWording.Date(n.DueDate)} là ngày nghỉ ({dayOff}): nên nộp từ ngày làm việc trước đó.\n") +
               OnPaperNote(n.Standing.Status, office) +
               PendingExtensionNote(n.Standing.PendingExtension, office) +
               $"Nộp: {handIn} hoặc chọn một mục bên dưới. Đơn vị có nhiều việc thì ghi kèm mã #{n.Deadline.Id} (ví dụ: #{n.Deadline.Id} đang làm).";
    }

    /// <summary>
    /// A unit that said it sent on paper or by iOffice still counts as missing until the office records it
    /// (/ghinhan), so it is still reminded; the note says why, so the reminder does not read as "we lost it". After
    /// /chuanhan the office has answered that it did not receive it: the note says so, and that the unit still owes.
    /// </summary>
    private static string OnPaperNote(StatusNote? status, string office) => status switch
    {
        { IsRejectedClaim: true } => $"Đơn vị báo {StatusKeywords.Describe(status.State, status.Reference)}, nhưng {office} chưa nhận được: đơn vị vẫn phải nộp (nộp như dưới đây, hoặc gửi lại và báo lại).\n",
        { IsSentOutside: true } => $"Đơn vị báo {StatusKeywords.Describe(status.State, status.Reference)}; {office} sẽ ghi nhận khi nhận được.\n",
        _ => string.Empty,
    };

    /// <summary>
    /// A unit whose extension request is still waiting hears so: the reminder alone read as if its request were lost.
    /// Until the office decides, the due date above is the one that counts.
    /// </summary>
    private static string PendingExtensionNote(Storage.ExtensionRequests.ExtensionRequest? request, string office) => request is null
        ? string.Empty
        : $"Đề nghị gia hạn của đơn vị (đến {VietnameseWording.Date(request.RequestedDate)}) đang chờ {office} duyệt; khi chưa được duyệt, hạn vẫn như trên.\n";

    private async Task<IReadOnlyList<OutboxItem>> ForEachAsync(IReadOnlyList<Member> recipients, OutboundMessage message, string key, CancellationToken ct)
    {
        var items = new List<OutboxItem>(recipients.Count);
        foreach (var m in recipients)
        {
            items.Add(await writer.ItemAsync(new ConversationReference(m.Channel, m.ChatId, m.UserId), message, $"{key}:{m.Id}", ct));
        }

        return items;
    }
}
