using QcdcBot.Bot.Conversation.Routing;
using QcdcBot.Bot.Conversation.Submissions;
using QcdcBot.Storage.Deadlines;
using QcdcBot.Storage.Submissions;
using QcdcBot.Storage.Units;

namespace QcdcBot.Bot.Conversation.Commands;

/// <summary>
/// /ghinhan &lt;đơn vị&gt; &lt;việc&gt; [ghi chú]: the office records a submission received outside the bot (paper,
/// iOffice, e-mail). With names containing spaces, separate the parts with ";".
/// </summary>
internal sealed class RecordPaperHandler(UnitArgument units, DeadlineArgument deadlines, SubmissionRecorder recorder) : ICommandHandler
{
    private const string Usage = "Cách dùng: /ghinhan <mã đơn vị> <việc> [ghi chú], ví dụ /ghinhan NHNN #2 bản giấy ngày 5/4;\n" +
                                 "hoặc dùng dấu chấm phẩy: /ghinhan Ngân hàng Nhà nước; kế hoạch QCDC; bản giấy";

    public IReadOnlyList<string> Names { get; } = ["ghinhan"];

    public Access Access => Access.Admin;

    public string Help => "/ghinhan <đơn vị> <việc> [ghi chú] — ghi nhận bài nộp ngoài bot (bản giấy, iOffice)";

    public async Task HandleAsync(TurnContext context, string arguments, CancellationToken ct)
    {
        string unitPart, deadlinePart, note;
        if (arguments.Contains(';', StringComparison.Ordinal))
        {
            var parts = arguments.Split(';', 3, StringSplitOptions.TrimEntries);
            (unitPart, deadlinePart, note) = (parts[0], parts.ElementAtOrDefault(1) ?? string.Empty, parts.ElementAtOrDefault(2) ?? string.Empty);
        }
        else
        {
            var parts = arguments.Split(' ', 3, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            (unitPart, deadlinePart, note) = (parts.ElementAtOrDefault(0) ?? string.Empty, parts.ElementAtOrDefault(1) ?? string.Empty, parts.ElementAtOrDefault(2) ?? string.Empty);
        }

        if (unitPart.Length == 0 || deadlinePart.Length == 0)
        {
            context.Reply(Usage);
            return;
        }

        var unit = await units.ResolveAsync(context, unitPart, u => Rebuild(u.Code, deadlinePart, note), ct);
        if (unit is null)
        {
            return;
        }

        var deadline = await deadlines.ResolveAsync(context, deadlinePart, d => Rebuild(unit.Code, $"#{d.Id}", note), includeClosed: true, ct);
        if (deadline is null)
        {
            return;
        }

        if (!deadline.Covers(unit))
        {
            context.Reply($"{unit.Name} không thuộc phạm vi việc \"{deadline.Title}\".");
            return;
        }

        var receipt = await recorder.RecordAsync(unit, deadline, [], SubmissionMethod.Paper, note.Length == 0 ? "nộp ngoài bot" : note,
            context.Caller.Key, context.Activity.Channel, ct);
        context.Reply(new OutboundMessage(receipt) { AboutDeadlineId = deadline.Id });
    }

    private static string Rebuild(string unitCode, string deadlineRef, string note) =>
        $"/ghinhan {unitCode}; {deadlineRef}; {note}".TrimEnd(' ', ';');
}
