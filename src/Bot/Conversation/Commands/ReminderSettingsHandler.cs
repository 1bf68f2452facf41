using System.Globalization;
using System.Text.RegularExpressions;
using QcdcBot.Bot.Conversation.Routing;
using QcdcBot.Scheduling.Reminders;
using QcdcBot.Storage.Reminders;

namespace QcdcBot.Bot.Conversation.Commands;

/// <summary>
/// /caidatnhac &lt;việc&gt; [trước 5,2,1] [lúc 7:30]: this deadline's own cadence and send time, instead of the
/// <c>Reminders:*</c> defaults. "/caidatnhac &lt;việc&gt; mặc định" goes back to the defaults.
/// </summary>
internal sealed partial class ReminderSettingsHandler(DeadlineArgument argument, DeadlineReminderSettingsStore settings) : ICommandHandler
{
    private const string Usage = "Cách dùng: /caidatnhac <việc> [trước 5,2,1] [lúc 7:30], hoặc /caidatnhac <việc> mặc định. Ví dụ: /caidatnhac #2 trước 5,2 lúc 7:30";

    public IReadOnlyList<string> Names { get; } = ["caidatnhac"];

    public Access Access => Access.Admin;

    public string Help => "/caidatnhac <việc> [trước 5,2,1] [lúc 7:30] — lịch nhắc riêng cho một việc";

    public async Task HandleAsync(TurnContext context, string arguments, CancellationToken ct)
    {
        var folded = Storage.Text.VietnameseFold.Fold(arguments);
        var reset = folded.EndsWith("mac dinh", StringComparison.Ordinal);
        var cadence = Cadence().Match(folded);
        var time = SendTime().Match(folded);
        if (!reset && !cadence.Success && !time.Success)
        {
            context.Reply(Usage);
            return;
        }

        // The deadline is named by what comes before the first setting.
        var cut = new[] { reset ? folded.LastIndexOf("mac dinh", StringComparison.Ordinal) : -1, cadence.Success ? cadence.Index : -1, time.Success ? time.Index : -1 }
            .Where(i => i >= 0).Min();
        var name = arguments[..cut].Trim();
        var deadline = await argument.ResolveAsync(context, name, d => $"/caidatnhac #{d.Id} {arguments[cut..].Trim()}", includeClosed: false, ct);
        if (deadline is null)
        {
            return;
        }

        string? days = null;
        if (cadence.Success)
        {
            days = cadence.Groups["days"].Value;
            if (ReminderOptionsValidator.ParseCadence(days) is not { Count: > 0 })
            {
                context.Reply($"Các ngày nhắc trước hạn phải là số từ 1 trở lên, cách nhau bằng dấu phẩy. {Usage}");
                return;
            }
        }

        TimeOnly? at = null;
        if (time.Success)
        {
            var hour = int.Parse(time.Groups["h"].Value, CultureInfo.InvariantCulture);
            var minute = time.Groups["m"].Success ? int.Parse(time.Groups["m"].Value, CultureInfo.InvariantCulture) : 0;
            if (hour > 23 || minute > 59)
            {
                context.Reply($"Giờ nhắc không hợp lệ. {Usage}");
                return;
            }

            at = new TimeOnly(hour, minute);
        }

        var current = await settings.GetAsync(deadline.Id, ct);
        await settings.SetOverridesAsync(deadline.Id, reset ? null : days ?? current.Cadence, reset ? null : at ?? current.SendTime, context.Caller.Key, ct);
        context.Reply(reset
            ? $"Việc \"{deadline.Title}\" dùng lại lịch nhắc chung."
            : $"Lịch nhắc của \"{deadline.Title}\": trước hạn {((days ?? current.Cadence) is { } d ? d + " ngày" : "theo lịch chung")}, lúc {(at ?? current.SendTime)?.ToString("H:mm", CultureInfo.InvariantCulture) ?? "giờ mặc định"}.");
    }

    [GeneratedRegex(@"truoc\s+(?<days>\d+(?:\s*,\s*\d+)*)")]
    private static partial Regex Cadence();

    [GeneratedRegex(@"luc\s+(?<h>\d{1,2})(?:[:h](?<m>\d{2}))?")]
    private static partial Regex SendTime();
}
