using QcdcBot.Bot.Conversation.Routing;
using QcdcBot.Bot.Conversation.Submissions;
using QcdcBot.Bot.Text;
using QcdcBot.Scheduling.Calendar;
using QcdcBot.Storage.Deadlines;
using QcdcBot.Storage.Submissions;
using QcdcBot.Storage.Units;

namespace QcdcBot.Bot.Conversation.Commands;

/// <summary>
/// /ghinhan &lt;đơn vị&gt; &lt;việc&gt; [ghi chú]: the office records a submission received outside the bot (paper,
/// iOffice, e-mail). With names containing spaces, separate the parts with ";".
/// </summary>
internal sealed class RecordPaperHandler(UnitArgument units, DeadlineArgument deadlines, SubmissionRecorder recorder, EntityResolver resolver, OfficeClock clock) : ICommandHandler
{
    private const string Usage = "Cách dùng: /ghinhan <mã đơn vị> <việc> [ghi chú], ví dụ /ghinhan NHNN #2 bản giấy ngày 5/4;\n" +
                                 "hoặc dùng dấu chấm phẩy: /ghinhan Ngân hàng Nhà nước; kế hoạch QCDC; bản giấy";

    public IReadOnlyList<string> Names { get; } = ["ghinhan"];

    public Access Access => Access.Admin;

    public string Help => "/ghinhan <đơn vị> <việc> [ghi chú] — ghi nhận bài nộp ngoài bot (bản giấy, iOffice)";

    public async Task HandleAsync(TurnContext context, string arguments, CancellationToken ct)
    {
        (arguments, var confirmed) = Confirmation.Strip(arguments);
        string unitPart, deadlinePart, note;
        if (arguments.Contains(';', StringComparison.Ordinal))
        {
            var parts = arguments.Split(';', 3, StringSplitOptions.TrimEntries);
            (unitPart, deadlinePart, note) = (parts[0], parts.ElementAtOrDefault(1) ?? string.Empty, parts.ElementAtOrDefault(2) ?? string.Empty);
        }
        else
        {
            (unitPart, deadlinePart, note) = await SplitByWordsAsync(arguments, context, ct);
        }

        if (unitPart.Length == 0 || deadlinePart.Length == 0)
        {
            context.Reply(arguments.Trim().Length == 0 ? Usage : $"Không nhận ra đơn vị và việc trong \"{arguments.Trim()}\".\n{Usage}");
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

        // "văn thư nhận ngày 18/11": paper is graded by the day the office received it, not the day it is typed in.
        var today = clock.Today;
        var received = DatePhraseParser.FindPastDate(note, today);
        if (received.Problem == DateProblem.ImpossibleDate)
        {
            context.Reply("Ngày nhận trong ghi chú không có thật. Chưa ghi nhận gì.");
            return;
        }

        if (received.Flags.Contains(DateFlag.InTheFuture))
        {
            context.Reply($"Ngày nhận {VietnameseWording.Date(received.Date!.Value)} chưa tới. Chưa ghi nhận gì; xin ghi ngày văn thư đã nhận.");
            return;
        }

        var receivedOn = received.Date ?? today;
        if (!confirmed)
        {
            // Recording cannot be taken back by a command: name what was understood before writing it.
            Confirmation.Ask(context,
                $"Ghi nhận {unit.Name} ({unit.Code}) đã nộp việc #{deadline.Id} \"{deadline.Title}\" ngoài bot, nhận ngày {VietnameseWording.Date(receivedOn)}" +
                (note.Length == 0 ? "?" : $", ghi chú \"{note}\"?"),
                Rebuild(unit.Code, $"#{deadline.Id}", note), "Đúng, ghi nhận");
            return;
        }

        var receipt = await recorder.RecordAsync(unit, deadline, [], SubmissionMethod.Paper, note.Length == 0 ? "nộp ngoài bot" : note,
            context.Caller.Key, context.Activity.Channel, ct, receivedOn == today ? null : ReceivedAt(receivedOn));
        context.Reply(new OutboundMessage(receipt) { AboutDeadlineId = deadline.Id });
    }

    /// <summary>
    /// Without ";": the longest run of first words that names exactly one unit, then the longest run after it that
    /// names exactly one deadline; the rest is the note. "ngan hang nha nuoc ke hoach qcdc ban giay" works, as does
    /// "NHNN #2 bản giấy".
    /// </summary>
    private async Task<(string Unit, string Deadline, string Note)> SplitByWordsAsync(string arguments, TurnContext context, CancellationToken ct)
    {
        var words = arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var limit = Math.Min(words.Length, 12);
        var longestUnit = 0;
        for (var u = limit - 1; u >= 1; u--)
        {
            var unitText = string.Join(' ', words[..u]);
            var unit = await resolver.UnitAsync(unitText, context.State, ct);
            if (unit.IsNotFound)
            {
                continue;
            }

            // "ngan hang 2": several banks match; the unit question is asked with the deadline kept, never "hang" as the deadline.
            longestUnit = Math.Max(longestUnit, u);

            for (var d = limit; d > u; d--)
            {
                var deadlineText = string.Join(' ', words[u..d]);
                if ((await resolver.DeadlineAsync(deadlineText, context.State, includeClosed: true, ct)).Found is not null)
                {
                    return (unitText, deadlineText, string.Join(' ', words[d..]));
                }
            }
        }

        // No deadline fits after any unit: the words after the longest unit name are the deadline as typed, so the
        // reply quotes them whole ("not found" or choices) instead of moving a word of the unit's name into it.
        return longestUnit == 0
            ? (arguments, string.Empty, string.Empty)
            : (string.Join(' ', words[..longestUnit]), string.Join(' ', words[longestUnit..]), string.Empty);
    }

    /// <summary>Noon of the day received, office time: only its date counts for lateness.</summary>
    private DateTimeOffset ReceivedAt(DateOnly day)
    {
        var local = day.ToDateTime(new TimeOnly(12, 0));
        return new DateTimeOffset(local, clock.Zone.GetUtcOffset(local)).ToUniversalTime();
    }

    private static string Rebuild(string unitCode, string deadlineRef, string note) =>
        note.Length == 0 ? $"/ghinhan {unitCode}; {deadlineRef}" : $"/ghinhan {unitCode}; {deadlineRef}; {note}";
}
