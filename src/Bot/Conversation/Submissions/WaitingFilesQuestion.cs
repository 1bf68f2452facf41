using QcdcBot.Bot.Conversation.State;
using QcdcBot.Bot.Text;
using QcdcBot.Scheduling.Calendar;

namespace QcdcBot.Bot.Conversation.Submissions;

/// <summary>
/// Files still waiting for "which deadline?" are asked about again with the choices as they stand today: only the
/// deadlines open now, with today's time left; none open, or waiting for more than <see cref="KeptDays"/> days,
/// and the bot says the files were not handed in instead of offering weeks-old choices.
/// </summary>
internal sealed class WaitingFilesQuestion(DeadlinePicker picker, Storage.Submissions.SubmissionStore submissions, OfficeClock clock, TimeProvider time)
{
    /// <summary>A file unfiled this long was forgotten, not meant for a deadline still to come.</summary>
    public const int KeptDays = 7;

    /// <summary>
    /// Files waiting for "which deadline?" are never dropped by a message about something else: the question is
    /// asked again at once, or, while another question is open, kept aside and asked again after it.
    /// </summary>
    public async Task KeepAsync(TurnContext context, ConversationState before, CancellationToken ct)
    {
        if (before.Pending is { Kind: PendingKind.UploadDeadline or PendingKind.PageOrVersion } waiting && !context.AnsweredPending && context.State.Pending?.Id != waiting.Id)
        {
            if (waiting.Labels.Count == 0)
            {
                // Asked by an older version, without its labels: it cannot be asked again, so say what happened.
                context.Reply($"Lưu ý: {WaitingFilesText.Describe(waiting.Files)} gửi lúc trước chưa được nộp vì chưa chọn việc. Xin gửi lại nếu vẫn cần nộp.");
                return;
            }

            if (context.State.Pending is null && (waiting.Kind == PendingKind.PageOrVersion ||
                context.State.ParkedUpload is { } older && OtherPaper.Between(older, waiting)))
            {
                // The question on top is asked again first, as itself: "thêm vào hay bản mới?" stays that question (its
                // numbers mean its choices, never deadlines); another paper than the files kept aside ("tờ trình" after
                // "kế hoạch") is asked about on its own. Older files kept aside are asked about after it, never joined.
                await AskAgainAsync(context, waiting, ct);
                return;
            }

            var kept = ParkedFiles.Join(context.State.ParkedUpload, waiting);
            if (context.State.Pending is not null)
            {
                context.State = context.State with { ParkedUpload = kept };
                context.Reply($"Lưu ý: {WaitingFilesText.Describe(ParkedFiles.All(kept))} gửi lúc trước vẫn được giữ, chưa nộp vì chưa chọn {(kept.Kind == PendingKind.PageOrVersion ? "thêm vào bài nộp trước hay nộp làm bản mới" : "việc")}; bot sẽ hỏi lại sau câu hỏi này.");
                return;
            }

            await AskKeptAsync(context, kept, ct);
            return;
        }

        if (context.State.Pending is null && context.State.ParkedUpload is { } parked)
        {
            await AskKeptAsync(context, parked, ct);
        }
    }

    /// <summary>
    /// Files kept aside are asked about one paper at a time: the first, while the papers behind it stay kept aside; when
    /// the first cannot be asked (given up, nothing open), the next one is.
    /// </summary>
    private async Task AskKeptAsync(TurnContext context, PendingQuestion kept, CancellationToken ct)
    {
        context.State = context.State with { ParkedUpload = kept.Then };
        await AskAgainAsync(context, kept with { Then = null }, ct);
        if (context.State.Pending is null && context.State.ParkedUpload is { } next)
        {
            await AskKeptAsync(context, next, ct);
        }
    }

    public async Task AskAgainAsync(TurnContext context, PendingQuestion waiting, CancellationToken ct)
    {
        var count = waiting.Files.Count;
        var now = time.GetUtcNow();
        var since = waiting.Files.Select(f => f.ReceivedAt).FirstOrDefault(t => t is not null) ?? waiting.WaitingSince ?? now;
        if (now - since > TimeSpan.FromDays(KeptDays))
        {
            // Said in the past tense: the files are already given up, not about to be ("sau 7 ngày" read 10 days on as still pending).
            var sent = clock.LocalDate(since);
            context.Reply($"Lưu ý: {count} tệp gửi ngày {VietnameseWording.Date(sent)} ({clock.Today.DayNumber - sent.DayNumber} ngày trước) không được nộp vì chưa chọn việc, " +
                          $"và bot đã bỏ qua các tệp đó (tệp chờ chọn việc quá {KeptDays} ngày). Xin gửi lại tệp nếu vẫn cần nộp, kèm tên hoặc số # của việc.");
            return;
        }

        var open = context.Caller.Unit is { } unit ? await picker.OpenForAsync(unit, ct) : [];
        var lead = "Lưu ý: ";
        if (waiting.Kind == PendingKind.PageOrVersion)
        {
            var deadline = open.FirstOrDefault(d => d.Id == waiting.AboutDeadlineId);
            var latest = deadline is null ? null : await submissions.LatestAsync(context.Caller.Unit!.Id, deadline.Id, ct);
            if (deadline is not null && latest is { Method: Storage.Submissions.SubmissionMethod.Upload } && (waiting.Reference ?? latest.ReceiptNo) == latest.ReceiptNo)
            {
                // The same question, same words, same choices: its "3" is still "bản mới", never deadline #3.
                var again = waiting with { Asked = PageOrVersionQuestion.Words(waiting.Files, deadline.Id, deadline.Title, latest.ReceiptNo) };
                context.State = context.State with { Pending = again };
                context.AskAgain(again, OpenQuestions.Again("Câu hỏi trước của bạn vẫn chờ trả lời", again));
                return;
            }

            // What the question was about has changed meanwhile: said, and the files are asked about afresh.
            var why = deadline is null ? $"việc #{waiting.AboutDeadlineId} không còn mở cho đơn vị"
                : latest is null ? $"đơn vị không còn bài nộp nào cho việc #{deadline.Id}"
                : $"bài nộp của đơn vị cho việc #{deadline.Id} nay là biên nhận {latest.ReceiptNo}";
            lead = $"Lưu ý: câu hỏi trước (thêm {WaitingFilesText.Describe(waiting.Files)} vào bài nộp {waiting.Reference} hay nộp làm bản mới) không còn hỏi được vì {why}, nên bot hỏi câu khác. ";
            waiting = waiting with { Kind = PendingKind.UploadDeadline, AboutDeadlineId = null, Reference = null, Asked = null };
        }

        if (open.Count == 0)
        {
            context.Reply($"Lưu ý: {count} tệp gửi lúc trước chưa được nộp, và đơn vị không còn việc nào đang mở để nộp. Gõ /viec để xem.");
            return;
        }

        // The same choices as when first asked (those still open): the words that narrowed them have not changed.
        var offered = waiting.Offered is { } ids ? open.Where(d => ids.Contains(d.Id)).ToList() : [];
        await picker.AskAsync(context, $"{lead}{WaitingFilesText.Describe(waiting.Files)} gửi lúc trước vẫn đang chờ, chưa nộp{WaitingFilesText.Caption(waiting.Text)}. {WaitingFilesText.These(waiting.Files)} nộp cho việc nào? {Hints.PickByNumber}",
            waiting with { Options = [], Labels = [], Numbers = null, WaitingSince = since }, offered.Count > 0 ? offered : open, ct, offerNone: true, noneLabel: $"Không nộp {WaitingFilesText.These(waiting.Files).ToLowerInvariant()}");
    }

    /// <summary>The deadlines a first "nộp cho việc nào?" offers, kept when the words narrowed them to fewer than are open; else null.</summary>
    public static IReadOnlyList<long>? Narrowed(IReadOnlyList<Storage.Deadlines.Deadline> candidates, IReadOnlyList<Storage.Deadlines.Deadline> open) =>
        candidates.Count > 0 && candidates.Count < open.Count ? [.. candidates.Select(d => d.Id)] : null;
}
