using System.Text;
using System.Text.RegularExpressions;
using QcdcBot.Bot.Conversation.Routing;
using QcdcBot.Bot.Conversation.State;
using QcdcBot.Bot.Conversation.Submissions;
using QcdcBot.Bot.Text;
using QcdcBot.Scheduling.Calendar;
using QcdcBot.Scheduling.Tallies;
using QcdcBot.Storage.Submissions;

namespace QcdcBot.Bot.Conversation.Commands;

/// <summary>/viec: the unit's open deadlines with what it has done and the time left.</summary>
internal sealed partial class TasksHandler(DeadlinePicker picker, TallyService tallies, OfficeClock clock) : ICommandHandler
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

        context.Reply(await ListAsync(context, unit, open, ct));
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

    /// <summary>
    /// "hạn nộp kh 2027 là ngày nào ạ?", "khi nào phải nộp bc 6 tháng", "còn bao lâu": a question about a due date is
    /// answered with the /viec lines of the deadlines it names (all of them when it names none). False for anything else.
    /// </summary>
    public async Task<bool> AnswerDueAsync(TurnContext context, string text, CancellationToken ct)
    {
        if (context.Caller is not { IsSecretary: true, Unit: { } unit } || !DueQuestion().IsMatch(Storage.Text.VietnameseFold.Fold(text)))
        {
            return false;
        }

        var open = await picker.OpenForAsync(unit, ct);
        var named = DeadlineMention.Read(open, text).Named;
        if (named.Candidates.Count == 0)
        {
            await HandleAsync(context, string.Empty, ct);
            return true;
        }

        context.Reply(await ListAsync(context, unit, named.Candidates, ct));
        return true;
    }

    private async Task<string> ListAsync(TurnContext context, Storage.Units.Unit unit, IReadOnlyList<Storage.Deadlines.Deadline> open, CancellationToken ct)
    {
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
        return text.ToString();
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

    // Words of a due date ("hạn", "nộp", "deadline") with a question of when ("ngày nào", "bao giờ", "khi nào", "còn bao lâu").
    [GeneratedRegex(@"(?<![\p{L}\p{N}])(?:han|nop|deadline)(?![\p{L}\p{N}]).*(?<![\p{L}\p{N}])(?:ngay\s+nao|bao\s+gio|khi\s+nao|hom\s+nao|luc\s+nao|ngay\s+may|thu\s+may|bao\s+lau|may\s+ngay)(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])(?:bao\s+gio|khi\s+nao|ngay\s+nao|hom\s+nao)\s+(?:thi\s+)?(?:phai\s+|la\s+|het\s+)?(?:nop|han)(?![\p{L}\p{N}])", RegexOptions.CultureInvariant)]
    private static partial Regex DueQuestion();
}
