using System.Text.RegularExpressions;
using QcdcBot.Bot.Conversation.State;
using QcdcBot.Bot.Text;
using QcdcBot.Storage.Deadlines;
using QcdcBot.Storage.Submissions;
using QcdcBot.Storage.Text;

namespace QcdcBot.Bot.Conversation.Submissions;

/// <summary>
/// A file the bot filed under the deadline it last reminded the member of (no reply-to, no name: a guess, said in the
/// receipt) is moved when the member says the guess was wrong soon after: the right number ("#1", "#1 anh vừa rồi là kế
/// hoạch"), "gửi nhầm" / "nhầm rồi" / "không phải việc này" (asked which, or the deadline the words name), the same photo
/// sent again with its number, or /chuyenviec #N. Moved only onto a deadline the unit has handed nothing in for, keeping
/// its receipt number; every member of the unit is told, and the first deadline is owed again.
/// </summary>
internal sealed partial class MisfiledFlow(SubmissionStore submissions, DeadlineStore deadlines, DeadlinePicker picker, SubmissionRecorder recorder, TimeProvider time)
{
    /// <summary>How long after the guessed filing the member's words still point at it.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromHours(2);

    /// <summary>Whether the text is the member's correction of the guessed filing; if so it is answered (moved or asked).</summary>
    public async Task<bool> TryAsync(TurnContext context, CancellationToken ct)
    {
        if (!context.Caller.IsSecretary)
        {
            return false;
        }

        if (Recent(context) is not { } guessed)
        {
            return await OwnCaptionAsync(context, ct);
        }

        var text = context.Text;
        var mistake = Mistake().IsMatch(ChatWords.Spelled(text));
        var open = (await picker.OpenForAsync(context.Caller.Unit!, ct)).Where(d => d.Id != guessed.DeadlineId).ToList();
        if (DeadlinePicker.NamedId(text) is { } named && open.FirstOrDefault(d => d.Id == named) is { } typed)
        {
            // "#1", "#1 anh vừa rồi là kế hoạch 2027 ạ": the advice followed. "#1 đang làm", "#1 xin gia hạn …" are not about the file.
            if (!mistake && (StatusKeywords.Match(text) is not null || ExtensionWording.AsksForMoreTime(text)))
            {
                return false;
            }

            await MoveAsync(context, typed, ct);
            return true;
        }

        if (!mistake)
        {
            return false;
        }

        // "đó là kế hoạch 2027 không phải bc tự kiểm tra": the words after "không phải" name the wrong one, not the one meant.
        var mention = DeadlineMention.Read(open, NotMeant().Replace(text, " ")).Named;
        if (mention.Found is { } meant)
        {
            await MoveAsync(context, meant, ct);
            return true;
        }

        var from = await deadlines.GetAsync(guessed.DeadlineId, ct);
        var receipt = (await submissions.GetAsync(guessed.SubmissionId, ct))?.ReceiptNo;
        if (open.Count == 0 || from is null || receipt is null)
        {
            context.Reply($"Đơn vị không còn việc nào khác đang mở để chuyển bài nộp {receipt} sang. Nếu bài nộp này sai, xin báo {context.Names.Office}.");
            return true;
        }

        // A name that fits several: only those are offered.
        context.AskWhich($"Bài nộp biên nhận số {receipt} bot đã ghi cho việc #{from.Id} \"{from.Title}\" (việc bot nhắc gần nhất). Chuyển sang việc nào? {Hints.PickByNumber}",
            mention.Candidates.Count > 1 ? mention.Candidates : open, d => $"#{d.Id} {d.Title}", d => $"/chuyenviec #{d.Id}", d => d.Id);
        return true;
    }

    /// <summary>/chuyenviec #N: the guessed filing moved onto deadline N, or why it cannot be.</summary>
    public async Task MoveToAsync(TurnContext context, string arguments, CancellationToken ct)
    {
        var open = context.Caller.Unit is { } unit ? await picker.OpenForAsync(unit, ct) : [];
        if (Recent(context) is null)
        {
            context.Reply("Không có bài nộp nào vừa được bot đoán việc để chuyển. Để nộp cho một việc, gửi tệp kèm số việc (ví dụ \"#1\"); /viec xem các việc.");
        }
        else if ((DeadlinePicker.NamedId(arguments) ?? EntityResolver.ParseId(arguments.Trim())) is { } id && open.FirstOrDefault(d => d.Id == id) is { } target)
        {
            await MoveAsync(context, target, ct);
        }
        else
        {
            context.Reply($"Xin ghi số của việc đang mở, ví dụ /chuyenviec #{(open.Count > 0 ? open[0].Id : 1)}; /viec xem các việc.");
        }
    }

    /// <summary>Whether every file sent is one of the guessed filing's (the same photo sent again).</summary>
    public async Task<bool> SameFilesAsync(GuessedFiling guessed, IReadOnlyList<PendingFile> files, CancellationToken ct) =>
        time.GetUtcNow() - guessed.At <= Window && await submissions.GetAsync(guessed.SubmissionId, ct) is { } filed &&
        files.All(f => filed.Files.Any(h => h.Sha256 == f.Sha256));

    /// <summary>Moves the guessed filing onto <paramref name="target"/> and tells the unit; says why when it cannot be moved.</summary>
    public async Task MoveAsync(TurnContext context, Deadline target, CancellationToken ct)
    {
        var guessed = context.State.Guessed!;
        var unit = context.Caller.Unit!;
        var from = await deadlines.GetAsync(guessed.DeadlineId, ct);
        var moved = await submissions.MoveAsync(guessed.SubmissionId, target.Id, context.Caller.Key, ct);
        if (moved is null)
        {
            var there = await submissions.LatestAsync(unit.Id, target.Id, ct);
            context.Reply(there is not null
                ? $"Chưa chuyển: việc #{target.Id} \"{target.Title}\" đơn vị đã nộp (biên nhận số {there.ReceiptNo}), bot không ghi đè. Bài nộp vẫn ở việc #{guessed.DeadlineId}; nếu cần sửa, xin báo {context.Names.Office}."
                : $"Chưa chuyển: bài nộp cho việc #{guessed.DeadlineId} đã có lần nộp sau hoặc không còn. Nếu cần sửa, xin báo {context.Names.Office}.");
            context.State = context.State with { Guessed = null };
            return;
        }

        context.State = context.State with { Guessed = null };
        var late = moved.DaysLate > 0 ? $"trễ {moved.DaysLate} ngày" : "đúng hạn";
        var text = $"✅ Đã chuyển bài nộp biên nhận số {moved.ReceiptNo} ({FileCountText.Of(moved.Files)}) từ việc #{guessed.DeadlineId} \"{from?.Title}\" sang việc #{target.Id} \"{target.Title}\" " +
                   $"(hạn {VietnameseWording.DateWithWeekday(moved.DueDate)}, nộp {VietnameseWording.Date(moved.ReceivedLocalDate)}: {late}). Việc #{guessed.DeadlineId} trở lại chưa nộp.";
        context.Reply(new OutboundMessage(text) { AboutDeadlineId = target.Id });
        foreach (var other in await recorder.OtherMembersAsync(unit, context.Caller.Key, ct))
        {
            context.Send(other, new OutboundMessage(text + "\n" + $"Người chuyển: {context.Caller.Member?.DisplayName ?? context.Caller.Key}") { AboutDeadlineId = target.Id });
        }
    }

    /// <summary>
    /// "gửi nhầm" just after a file the member filed by their own caption or number (no guess to undo): the bot does
    /// not move what the member named, and says who can (the office), naming the filing. False when the words are
    /// not that, or the member filed nothing of late.
    /// </summary>
    private async Task<bool> OwnCaptionAsync(TurnContext context, CancellationToken ct)
    {
        var text = context.Text;
        if (!Mistake().IsMatch(ChatWords.Spelled(text)) || StatusKeywords.Match(text) is not null || ExtensionWording.AsksForMoreTime(text) || context.Caller.Unit is not { } unit)
        {
            return false;
        }

        var open = await picker.OpenForAsync(unit, ct);
        var since = time.GetUtcNow() - Window;
        var own = (await submissions.FirstAndLatestAsync([.. open.Select(d => d.Id)], unit.Id, withFiles: false, ct))
            .Where(s => s.ReceivedAt >= since && string.Equals(s.ByWhom, context.Caller.Key, StringComparison.OrdinalIgnoreCase))
            .OrderByDescending(s => s.ReceivedAt).FirstOrDefault();
        if (own is null || open.FirstOrDefault(d => d.Id == own.DeadlineId) is not { } filed)
        {
            return false;
        }

        context.Reply($"Bài nộp biên nhận số {own.ReceiptNo} bot ghi cho việc #{filed.Id} \"{filed.Title}\" theo số hoặc tên việc bạn ghi kèm tệp (bot không đoán), " +
                      $"nên bot không tự chuyển bài này. Nếu đã nộp nhầm việc, xin báo {context.Names.Office} để chuyển sang việc đúng; gõ /viec để xem các việc và số # của chúng.");
        return true;
    }

    private GuessedFiling? Recent(TurnContext context) =>
        context.State.Guessed is { } g && time.GetUtcNow() - g.At <= Window ? g : null;

    // "gửi nhầm", "nhầm rồi", "gui nham viec", "không phải việc này", "ko phai bc tu kiem tra": the guess was wrong.
    [GeneratedRegex(@"\bnham\b|\b(khong|ko|k|hong|hok) phai (viec|bai|cai|la|bc|bao cao|ke hoach|kh|#)", RegexOptions.CultureInvariant)]
    private static partial Regex Mistake();

    // "không phải bc tự kiểm tra", "chứ ko phai viec #2": up to a stop or "mà" ("không phải bc tự kiểm tra mà là kh 2027").
    [GeneratedRegex(@"(?<![\p{L}\p{N}])(?:không|khong|hông|hong|hok|ko|k)\s+(?:phải|phai)(?![\p{L}\p{N}])[^,.;!?\n]*?(?=$|[,.;!?\n]|\s(?:mà|ma)(?![\p{L}\p{N}]))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NotMeant();
}
