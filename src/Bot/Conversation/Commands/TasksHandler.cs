using System.Text;
using QcdcBot.Bot.Conversation.Routing;
using QcdcBot.Bot.Conversation.State;
using QcdcBot.Bot.Conversation.Submissions;
using QcdcBot.Bot.Text;
using QcdcBot.Scheduling.Calendar;
using QcdcBot.Scheduling.Tallies;
using QcdcBot.Storage.Submissions;

namespace QcdcBot.Bot.Conversation.Commands;

/// <summary>/viec: the unit's open deadlines with what it has done and the time left.</summary>
internal sealed class TasksHandler(DeadlinePicker picker, TallyService tallies, OfficeClock clock) : ICommandHandler
{
    public IReadOnlyList<string> Names { get; } = ["viec"];

    public Access Access => Access.Secretary;

    public string Help => "/viec — các việc đơn vị cần nộp, đã nộp chưa, còn bao lâu";

    public async Task HandleAsync(TurnContext context, string arguments, CancellationToken ct)
    {
        var unit = context.Caller.Unit!;
        var open = await picker.OpenForAsync(unit, ct);
        if (open.Count == 0)
        {
            context.Reply($"{unit.Name} hiện không có việc nào đang chờ nộp.");
            return;
        }

        var text = new StringBuilder($"Việc của {unit.Name}:\n");
        var today = clock.Today;
        var standings = await tallies.ForUnitAsync(unit, open, ct);
        for (var i = 0; i < open.Count; i++)
        {
            var standing = standings[i];
            // Handed in (or excused): no "quá hạn 25 ngày" on the line, whose mark below says it is done.
            text.Append($"#{open[i].Id} {DeadlineText.Line(open[i], today, standing.DueDate, complete: standing.Latest is not null || standing.Excused, excused: standing.Latest is null && standing.Excused)}");
            if (standing.Extended && !standing.Submitted)
            {
                // Handed in, the extension no longer matters: "✅ Đã nộp" says all.
                text.Append(" — ⏳ đã được gia hạn");
            }

            text.Append('\n').Append("   ").AppendLine(Standing(standing, context.Names.Office));
        }

        text.Append(context.TakesDocuments
            ? "Gửi tệp kèm số # hoặc tên việc trong chú thích, hoặc trả lời tin nhắc việc."
            : "Nộp tệp: gõ /nopfile <số #> để nhận đường dẫn nộp tệp; ảnh chụp gửi vào đây kèm số # trong chú thích.");
        context.Reply(text.ToString());
        // What the secretary just read is what an unclear file or status reply is asked against, in this order. A list
        // of one orders no question (a deadline opened after it is asked about in the usual order): no state written per /viec.
        if (open.Count > 1)
        {
            context.ShowList(ListKind.Deadlines, open.Select(d => d.Id).ToList(), clock.UtcNow);
        }
        else if (context.State.LastList is { Kind: ListKind.Deadlines })
        {
            context.State = context.State with { LastList = null };
        }
    }

    /// <summary>The marks match the office overview: ✅ handed in, ✗ not yet, ⏳ only for an extension granted (on the deadline's line).</summary>
    private static string Standing(UnitStanding s, string office)
    {
        if (s.Latest is { } latest)
        {
            var versions = latest.Version > 1 ? $", {latest.Version} lần nộp" : string.Empty;
            // A paper record entered after the unit's own upload is kept beside it, not in its place: both receipts are named.
            var upload = s.LatestWithFiles is { Method: SubmissionMethod.Upload } withFiles ? withFiles : s.First!.Method == SubmissionMethod.Upload ? s.First : null;
            var beside = latest.Method == SubmissionMethod.Paper && upload is not null
                ? $" (nộp qua bot: biên nhận {upload.ReceiptNo}; ghi nhận ngoài bot: {latest.ReceiptNo})"
                : latest.Method == SubmissionMethod.Paper ? $" {latest.ReceiptNo} ({PaperRecord.Way(latest)})" : $" {latest.ReceiptNo}";
            return $"✅ Đã nộp {VietnameseWording.Date(s.First!.ReceivedLocalDate)} ({VietnameseWording.Lateness(s.First.DueDate, s.First.ReceivedLocalDate)}{versions}), biên nhận{beside}";
        }

        if (s.Excused)
        {
            return $"✅ Được miễn: không có nội dung phát sinh ({office} đã chấp nhận)";
        }

        if (s.PendingExtension is { } request)
        {
            return $"✗ Chưa nộp — đã xin gia hạn đến {VietnameseWording.Date(request.RequestedDate)}, chờ {office} trả lời";
        }

        return s.Status is { } status
            ? $"✗ Chưa nộp — trạng thái: {StatusKeywords.Describe(status)}"
            : "✗ Chưa nộp";
    }
}
