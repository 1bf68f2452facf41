using Microsoft.Extensions.Options;
using QcdcBot.Bot.Conversation.Routing;
using QcdcBot.Bot.Conversation.Submissions;
using QcdcBot.Bot.Web.Upload;
using QcdcBot.Scheduling.Tallies;
using QcdcBot.Storage.Deadlines;
using QcdcBot.Storage.Submissions;
using QcdcBot.Storage.Text;

namespace QcdcBot.Bot.Conversation.Commands;

/// <summary>/nopfile [việc] (the "Nộp file" choice): how to hand in a file, with personal upload links when the page is on.</summary>
internal sealed class SubmitHintHandler(IOptionsMonitor<BotOptions> options, DeadlinePicker picker, UploadLinks uploads, SubmissionStore submissions, TallyService tallies) : ICommandHandler
{
    public IReadOnlyList<string> Names { get; } = ["nopfile", "nop"];

    public Access Access => Access.Secretary;

    public string Help => "/nopfile [việc] — cách nộp tệp, đường dẫn trang nộp tệp";

    public async Task HandleAsync(TurnContext context, string arguments, CancellationToken ct)
    {
        var types = string.Join(" ", options.CurrentValue.AllowedFileTypes);
        var unit = context.Caller.Unit!;
        // The one order of every list of the unit's deadlines (README: owed first, by the unit's due date).
        var open = await picker.InQuestionOrderAsync(unit, await picker.OpenForAsync(unit, ct), ct);
        IReadOnlyList<Deadline> shown;
        // Nothing owed: said first, with what was handed in and when, so the links below read as for a page or a new version only.
        var nothingOwed = string.Empty;
        arguments = WithoutFileWord(arguments);
        if (arguments.Trim().Length > 0)
        {
            // "/nopfile bc 6 thang", "/nopfile #7", "nộp file cho kế hoạch QCDC nhé": named as any deadline is named.
            // Words that fit several deadlines equally show them all ("kh 2027": "Kế hoạch 2027" and "Kế hoạch … năm 2027").
            var named = EntityResolver.Deadline(open, arguments, exactTitleWins: false);
            if (named.IsNotFound && await picker.ClosedNamedAsync(context, unit, arguments, ct) is { } closed)
            {
                context.Reply(DeadlinePicker.Sentence(closed));
                return;
            }

            if (named.IsNotFound && (EntityResolver.ParseId(arguments.Trim()) ?? (long.TryParse(arguments.Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var bare) ? (long?)bare : null)) is { } id && await picker.HeldAsync(unit, id, context.Names.Office, ct) is { } held)
            {
                context.Reply(held);
                return;
            }

            if (named.IsNotFound)
            {
                context.Reply($"Không thấy việc \"{arguments.Trim()}\" trong các việc đang mở của đơn vị. " +
                              (open.Count == 0 ? "Đơn vị hiện không có việc nào đang mở để nộp." : "Các việc đang mở: " + string.Join("; ", open.Take(8).Select(d => $"#{d.Id} {d.Title}")) + "."));
                return;
            }

            shown = named.Candidates.Take(8).ToList();
        }
        else if (context.ReplyToDeadlineId is { } replied && open.FirstOrDefault(d => d.Id == replied) is { } linked)
        {
            shown = [linked];
        }
        else
        {
            // No deadline named: every one the unit still owes (not a guess at one); when it owes none, the open ones,
            // whose links hand in a new version.
            // An excused deadline ("không có nội dung phát sinh" accepted) is owed no more than one handed in.
            var standings = await tallies.ForUnitAsync(unit, open, ct);
            var excused = open.Where((d, i) => standings[i].Excused).ToList();
            var owed = (await picker.UnsubmittedAsync(unit, open, ct)).Except(excused).ToList();
            shown = (owed.Count > 0 ? owed : open).Take(8).ToList();
            if (owed.Count > 0 && excused.Count > 0)
            {
                // The links are for what is owed; the excused ones are named too, so none looks forgotten.
                nothingOwed = $"Không cần nộp: {string.Join("; ", excused.Select(d => $"#{d.Id} \"{d.Title}\" được miễn (không có nội dung phát sinh, {context.Names.Office} đã chấp nhận)"))}.\n";
            }

            if (owed.Count == 0 && open.Count > 0)
            {
                nothingOwed = await NothingOwedAsync(unit.Id, open, excused, ct);
                shown = shown.Except(excused).ToList() is { Count: > 0 } handedIn ? handedIn : shown;
            }
        }

        if (shown.Count == 0)
        {
            context.Reply("Đơn vị hiện không có việc nào đang mở để nộp.");
            return;
        }

        // A deadline named outright that the unit is excused from: said first, as every other answer about it says it;
        // its link still works, and a hand-in counts as handed in instead of excused.
        // (With nothing named and nothing owed, the nothing-owed line has said it already.)
        if (nothingOwed.Length == 0)
        {
            nothingOwed = await ExcusedNoteAsync(context, unit, shown, ct);
        }

        var member = context.Caller.Member;
        if (!uploads.Enabled || member is null)
        {
            // No upload page: the file comes here, captioned with the deadline's number so it is filed without a question.
            var which = shown.Count == 1
                ? $"kèm chú thích #{shown[0].Id} (việc \"{shown[0].Title}\")"
                : "kèm chú thích là số # của việc: " + string.Join("; ", shown.Select(d => $"#{d.Id} {d.Title}"));
            context.Reply(new OutboundMessage(nothingOwed + (context.TakesDocuments
                    ? $"Gửi tệp báo cáo ({types}) vào đây, {which}, hoặc trả lời (reply) tin nhắn nhắc việc. Ảnh chụp từng trang cũng được nhận."
                    // A channel that takes no documents, with no upload page configured: photos are all it can take.
                    : $"Bot trên kênh này chỉ nhận ảnh chụp: gửi ảnh từng trang vào đây, {which}. Tệp .docx, .pdf xin gửi {context.Names.Office} theo cách thường dùng.")) { AboutDeadlineId = shown.Count == 1 ? shown[0].Id : null });
            return;
        }

        var lines = new List<string> { $"{nothingOwed}Nộp tệp ({types}) tại trang riêng của bạn:" };
        foreach (var deadline in shown)
        {
            lines.Add($"• #{deadline.Id} {deadline.Title}:\n  {await uploads.ForAsync(member, deadline.Id, ct)}");
        }

        lines.Add($"Mỗi đường dẫn dùng được nhiều lần trong {uploads.LifetimeText}. Ảnh chụp từng trang có thể gửi thẳng vào đây.");
        context.Reply(string.Join('\n', lines));
    }

    /// <summary>
    /// "Đơn vị không còn việc nào phải nộp: bot đã nhận #3 "…" (biên nhận …, ngày …). Chỉ cần nộp lại nếu …\n", or ""
    /// when none of the open deadlines has a submission (excused ones, say).
    /// </summary>
    private async Task<string> NothingOwedAsync(long unitId, IReadOnlyList<Deadline> open, IReadOnlyList<Deadline> excused, CancellationToken ct)
    {
        var received = new List<string>();
        foreach (var deadline in open.Take(8))
        {
            if (await submissions.LatestAsync(unitId, deadline.Id, ct) is { } latest)
            {
                received.Add($"#{deadline.Id} \"{deadline.Title}\" (biên nhận {latest.ReceiptNo}, nộp ngày {Text.VietnameseWording.Date(latest.ReceivedLocalDate)})");
            }
        }

        var free = excused.Count == 0 ? string.Empty
            : $"{(received.Count == 0 ? string.Empty : "; ")}{string.Join("; ", excused.Select(d => $"#{d.Id} \"{d.Title}\" được miễn (không có nội dung phát sinh)"))}";
        return received.Count == 0 && excused.Count == 0 ? string.Empty
            : $"Đơn vị không còn việc nào phải nộp: {(received.Count == 0 ? string.Empty : "bot đã nhận " + string.Join("; ", received))}{free}. " +
              (received.Count == 0 ? "Chỉ cần nộp nếu vẫn muốn gửi báo cáo cho việc đó.\n" : "Chỉ cần nộp nữa nếu muốn thêm trang hoặc gửi bản mới thay bản đã nộp.\n");
    }

    /// <summary>"Việc #5 "…" đơn vị được miễn (…): không cần nộp. Nếu vẫn muốn nộp …\n" for each excused deadline of <paramref name="shown"/>, or "".</summary>
    private async Task<string> ExcusedNoteAsync(TurnContext context, Storage.Units.Unit unit, IReadOnlyList<Deadline> shown, CancellationToken ct)
    {
        var excused = await picker.ExcusedAsync(unit, shown, ct);
        var how = uploads.Enabled && context.Caller.Member is not null ? "dùng đường dẫn dưới đây" : "gửi như hướng dẫn dưới đây";
        return string.Concat(excused.Select(d =>
            $"{DeadlinePicker.ExcusedSentence(d, context.Names.Office)}: đơn vị không cần nộp việc này. Nếu vẫn muốn nộp, {how}; bài nộp sẽ được tính là đã nộp thay cho được miễn.\n"));
    }

    /// <summary>"nop file", "nộp tệp #7": the command typed as two words leaves "file" first in the arguments, which names no deadline.</summary>
    private static string WithoutFileWord(string arguments)
    {
        var trimmed = arguments.Trim();
        var space = trimmed.IndexOf(' ', StringComparison.Ordinal);
        var first = space < 0 ? trimmed : trimmed[..space];
        return VietnameseFold.Fold(first) is "file" or "tep" or "fil" or "files" ? (space < 0 ? string.Empty : trimmed[(space + 1)..].Trim()) : arguments;
    }
}
