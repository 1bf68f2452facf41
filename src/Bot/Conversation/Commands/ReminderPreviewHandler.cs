using System.Globalization;
using System.Text;
using QcdcBot.Bot.Conversation.Routing;
using QcdcBot.Bot.Text;
using QcdcBot.Scheduling.Reminders;

namespace QcdcBot.Bot.Conversation.Commands;

/// <summary>/lichnhac [số ngày]: the reminders of the coming days — date, deadline, how many units, which.</summary>
internal sealed class ReminderPreviewHandler(ReminderControl control) : ICommandHandler
{
    public IReadOnlyList<string> Names { get; } = ["lichnhac"];

    public Access Access => Access.Admin;

    public string Help => "/lichnhac [số ngày] — lịch nhắc việc các ngày tới (mặc định 7 ngày)";

    public async Task HandleAsync(TurnContext context, string arguments, CancellationToken ct)
    {
        var days = 7;
        if (arguments.Length > 0 && (!int.TryParse(arguments, NumberStyles.None, CultureInfo.InvariantCulture, out days) || days is < 1 or > 60))
        {
            context.Reply("Số ngày phải từ 1 đến 60, ví dụ: /lichnhac 14.");
            return;
        }

        // "7 ngày tới" means today and the next seven days, so a reminder a week from today is listed.
        var entries = await control.PreviewAsync(days + 1, ct);
        if (entries.Count == 0)
        {
            context.Reply($"Không có nhắc việc nào trong {days} ngày tới.");
            return;
        }

        var text = new StringBuilder($"Lịch nhắc {days} ngày tới:");
        foreach (var day in entries.GroupBy(e => e.Date))
        {
            text.Append($"\n\n{VietnameseWording.DateWithWeekday(day.Key)}");
            foreach (var e in day)
            {
                var names = string.Join(", ", e.Units.Take(10).Select(u => u.Code)) + (e.UnitCount > 10 ? $" và {e.UnitCount - 10} đơn vị khác" : string.Empty);
                text.Append(e.UnitCount > 0 ? $"\n• {e.Deadline.Title}: {e.UnitCount} đơn vị ({names})" : $"\n• {e.Deadline.Title}: không nhắc đơn vị nào");
                text.Append(e.Paused > 0 ? $"; {PausedText(e.Paused)}" : string.Empty);
                text.Append(e.PastItsHour ? " — đã đến giờ nhắc, chưa gửi: bot gửi ở lượt nhắc kế tiếp" : string.Empty);
            }
        }

        context.Reply(text.ToString());
    }

    internal static string PausedText(int count) => $"{count} đơn vị tạm dừng nhắc vì báo đã gửi ngoài bot";
}
