using QcdcBot.Bot.Conversation.Deadlines;
using QcdcBot.Bot.Conversation.State;
using QcdcBot.Bot.Conversation.Submissions;
using QcdcBot.Storage.Deadlines;
using QcdcBot.Storage.Statuses;
using QcdcBot.Storage.Submissions;

namespace QcdcBot.Bot.Conversation;

/// <summary>
/// Completes a question the bot asked once it is answered (a button, or a typed number): a file waiting for its
/// deadline, a status reply, an extension request, a deadline awaiting confirmation.
/// </summary>
internal sealed class PendingAnswers(
    DeadlinePicker picker,
    SubmissionRecorder recorder,
    StatusReplyFlow statuses,
    ExtensionFlow extensions,
    DeadlineCreation creation,
    SubmissionStore submissions,
    UnitOnRecord record)
{
    /// <summary>Files let go without choosing a deadline ("Không nộp các tệp này", "không").</summary>
    public static readonly string FilesNotSubmitted =
        Confirmation.DeclinedWith("chưa nộp gì") + " Khi gửi lại tệp, xin ghi tên việc hoặc số # của việc trong chú thích (gõ /viec để xem).";

    /// <summary>Called with the pending question already cleared from the state and the chosen option's value.</summary>
    public async Task CompleteAsync(TurnContext context, PendingQuestion pending, string value, CancellationToken ct)
    {
        if (pending.Kind == PendingKind.ConfirmDeadline)
        {
            await creation.ConfirmAsync(context, pending, value, ct);
            return;
        }

        if (!context.Caller.IsSecretary)
        {
            context.Reply(Hints.HowToRegister(context.Names));
            return;
        }

        if (value == DeadlinePicker.None)
        {
            context.Reply(context.TakesDocuments
                ? FilesNotSubmitted
                : Confirmation.DeclinedWith("chưa nộp gì") + $" Khi gửi lại ảnh, xin ghi số # của việc trong chú thích (gõ /viec để xem); tệp khác: {Hints.HandIn(false)}.");
            return;
        }

        var open = await picker.OpenForAsync(context.Caller.Unit!, ct);
        if (pending.Kind == PendingKind.PageOrVersion)
        {
            await CompletePageOrVersionAsync(context, pending, value, open, ct);
            return;
        }

        if (!long.TryParse(value, out var deadlineId) || open.FirstOrDefault(d => d.Id == deadlineId) is not { } deadline)
        {
            context.Reply("Việc này không còn mở cho đơn vị. Gõ /viec để xem các việc đang mở.");
            return;
        }

        await CompleteForDeadlineAsync(context, pending, deadline, ct);
    }

    /// <summary>
    /// "#17" or "17" typed at "nộp cho việc nào?" (or a status's, an extension's) for one of the unit's open deadlines
    /// the list left out: the question's own hint ("hoặc gõ số # của việc") offers it, so it is taken, as the list's would be.
    /// </summary>
    public async Task<bool> TryOffListAsync(TurnContext context, PendingQuestion pending, int number, CancellationToken ct)
    {
        if (pending.Kind is not (PendingKind.UploadDeadline or PendingKind.StatusDeadline or PendingKind.ExtensionDeadline) || !context.Caller.IsSecretary ||
            (await picker.OpenForAsync(context.Caller.Unit!, ct)).FirstOrDefault(d => d.Id == number) is not { } deadline)
        {
            return false;
        }

        context.State = context.State with { Pending = null };
        context.AnsweredPending = true;
        await CompleteForDeadlineAsync(context, pending, deadline, ct);
        return true;
    }

    private async Task CompletePageOrVersionAsync(TurnContext context, PendingQuestion pending, string value, IReadOnlyList<Deadline> open, CancellationToken ct)
    {
        if (open.FirstOrDefault(d => d.Id == pending.AboutDeadlineId) is not { } deadline)
        {
            context.Reply("Việc này không còn mở cho đơn vị. Gõ /viec để xem các việc đang mở.");
            return;
        }

        var unit = context.Caller.Unit!;
        var receipt = await recorder.RecordFilesAsync(unit, deadline, UploadFlow.ToIncoming(pending.Files), value == PageOrVersionQuestion.NewVersion, context.Caller.Key,
            context.Activity.Channel, ct, pending.Files.Select(f => f.ReceivedAt).FirstOrDefault(t => t is not null), asPages: value == PageOrVersionQuestion.Pages);
        await recorder.ReplyWithReceiptAsync(context, unit, deadline, receipt, ct);
    }

    private async Task CompleteForDeadlineAsync(TurnContext context, PendingQuestion pending, Deadline deadline, CancellationToken ct)
    {
        switch (pending.Kind)
        {
            case PendingKind.UploadDeadline:
                if (await submissions.LatestAsync(context.Caller.Unit!.Id, deadline.Id, ct) is { } previous && PageOrVersionQuestion.FirstPageAgain(pending.Text ?? string.Empty, previous))
                {
                    // "trang 1" for a deadline already handed in: a new paper or more pages of the old one is asked, never guessed.
                    PageOrVersionQuestion.Ask(context, deadline, previous, pending.Files, PageOrVersionQuestion.FirstPageReason(previous), pending.Text ?? string.Empty);
                    break;
                }

                if (await ReplacesHandedInAsync(context, pending, deadline, ct))
                {
                    break;
                }

                var receipt = await recorder.RecordUploadAsync(context.Caller.Unit!, deadline, UploadFlow.ToIncoming(pending.Files, context.Activity.SentAt), pending.Text ?? string.Empty,
                    context.Caller.Key, context.Activity.Channel, ct, pending.Files.Select(f => f.ReceivedAt).FirstOrDefault(t => t is not null));
                await recorder.ReplyWithReceiptAsync(context, context.Caller.Unit!, deadline, receipt, ct);
                break;
            case PendingKind.StatusDeadline:
                await statuses.RecordAsync(context, deadline, Enum.Parse<StatusState>(pending.StatusState!), pending.Text ?? string.Empty, pending.Reference, ct);
                break;
            case PendingKind.ExtensionDeadline:
                // Answered later than asked: the deadline is checked as a fresh request would be (excused, handed in on time meanwhile).
                if (await picker.ExcusedNamedAsync(context.Caller.Unit!, deadline.Id, ct) is { } excused)
                {
                    context.Reply(DeadlinePicker.ExcusedExtensionAnswer(context, excused));
                    break;
                }

                if (await record.ExtensionUnneededAsync(context, context.Caller.Unit!, deadline, ct))
                {
                    break;
                }

                await extensions.RequestAsync(context, deadline, new ExtensionAsk(pending.Date, pending.ExtendBy, pending.Text ?? string.Empty), ct);
                break;
            default:
                context.Reply("Lựa chọn này không còn hiệu lực.");
                break;
        }
    }

    /// <summary>
    /// A number picked for a deadline the unit has already handed in (outside the page window) would make the files a
    /// new version replacing that submission: the bot asks first (pages or a new version; for the office's record, a
    /// new version or nothing), unless the caption said "bản mới" / "gửi lại".
    /// </summary>
    private async Task<bool> ReplacesHandedInAsync(TurnContext context, PendingQuestion pending, Deadline deadline, CancellationToken ct)
    {
        var unit = context.Caller.Unit!;
        var caption = pending.Text ?? string.Empty;
        if (SubmissionRecorder.SaysNewVersion(caption) ||
            await picker.HandedInAsync(unit, deadline, pending.Files.Select(f => f.ReceivedAt).FirstOrDefault(t => t is not null), ct) is not { } how ||
            await submissions.LatestAsync(unit.Id, deadline.Id, ct) is not { } latest)
        {
            return false;
        }

        if (latest.Method == SubmissionMethod.Paper)
        {
            PageOrVersionQuestion.AskReplaceRecord(context, deadline, latest, pending.Files, caption);
        }
        else
        {
            PageOrVersionQuestion.Ask(context, deadline, latest, pending.Files, how, caption);
        }

        return true;
    }
}
