using Microsoft.Extensions.Options;
using QcdcBot.Scheduling.Calendar;
using QcdcBot.Storage.Deadlines;
using QcdcBot.Storage.Members;
using QcdcBot.Storage.Submissions;
using QcdcBot.Storage.Text;
using QcdcBot.Storage.Units;

namespace QcdcBot.Bot.Conversation.Submissions;

/// <summary>A receipt's text with what it is about, so a caller can key its own copies on the submission.</summary>
internal sealed record RecordedReceipt(string Text, Submission Submission, SubmitOutcome Outcome)
{
    /// <summary>
    /// For pages added to a submission: the one line the sender gets instead of the whole receipt again (the unit's
    /// members had the receipt when the submission was made); null otherwise.
    /// </summary>
    public string? PagesLine { get; init; }

    /// <summary>The same line as the one who started the submission reads it ("vào bài nộp của bạn"), when someone else added the pages; null otherwise.</summary>
    public string? StarterPagesLine { get; init; }

    /// <summary>The line for <paramref name="to"/>: whoever started the submission is not named to themselves.</summary>
    public string? PagesLineFor(ConversationReference to) =>
        StarterPagesLine is { } own && string.Equals($"{to.Channel}:{to.UserId}", Submission.ByWhom, StringComparison.OrdinalIgnoreCase) ? own : PagesLine;
}

/// <summary>Records a submission against the unit's own due date (an approved extension moves it) and writes the receipt.</summary>
internal sealed class SubmissionRecorder(SubmissionStore submissions, DeadlineStore deadlines, MemberStore members, Storage.Statuses.StatusNoteStore notes, OfficeClock clock, IOptionsMonitor<BotOptions> options)
{
    private static readonly string[] NewVersionWords = ["ban moi", "ban sua", "sua lai", "thay the", "thay cho", "nop lai", "gui lai", "cap nhat", "ban chinh thuc", "ban cuoi"];

    /// <param name="receivedAt">When the platform received it, if known; never later than now.</param>
    public async Task<string> RecordAsync(Unit unit, Deadline deadline, IReadOnlyList<IncomingFile> files, SubmissionMethod method, string note, string byWhom, string channel, CancellationToken ct, DateTimeOffset? receivedAt = null)
    {
        // The office's file received by e-mail is kept beside the unit's own upload, never over it: the receipt names that upload.
        var uploadKept = method == SubmissionMethod.Paper && files.Count > 0
            ? (await submissions.FirstAndLatestAsync([deadline.Id], unit.Id, withFiles: true, ct)).LastOrDefault(s => s.Method == SubmissionMethod.Upload && s.Files.Count > 0)
            : null;
        var result = await submissions.SubmitAsync(await NewAsync(unit, deadline, files, method, note, byWhom, channel, receivedAt, ct), ct);
        return ReceiptText.Format(unit, deadline, result.Submission, clock, result.Outcome, uploadKept: uploadKept);
    }

    /// <summary>
    /// A secretary's files: pages of the unit's submission for this deadline when its last file came within
    /// <c>Bot:PageWindow</c> (photos of a paper report sent one by one, by one member or by two sharing the pages),
    /// otherwise a new version.
    /// </summary>
    public async Task<RecordedReceipt> RecordUploadAsync(Unit unit, Deadline deadline, IReadOnlyList<IncomingFile> files, string caption, string byWhom, string channel, CancellationToken ct, DateTimeOffset? receivedAt = null)
    {
        // A caption that says the file replaces what was sent makes a new version even within the page window; one
        // that says "bổ sung" adds to the latest hand-in whenever it was.
        var supplement = SupplementWords.In(caption);
        return await RecordFilesAsync(unit, deadline, files, SaysNewVersion(caption), byWhom, channel, ct, receivedAt, asPages: supplement, supplement: supplement);
    }

    /// <summary>"bản mới", "gửi lại", "thay thế": the caption says the file replaces what was sent.</summary>
    public static bool SaysNewVersion(string caption)
    {
        var folded = VietnameseFold.Fold(caption);
        return NewVersionWords.Any(w => folded.Contains(w, StringComparison.Ordinal));
    }

    /// <summary>As <see cref="RecordUploadAsync"/>, with the new-version choice made by the caller (the upload page has a button for it).</summary>
    /// <param name="asPages">Pages of the previous upload whenever it was (the person said so when asked).</param>
    /// <param name="supplement">The caption said "bổ sung": the receipt says the files were added to that hand-in.</param>
    public async Task<RecordedReceipt> RecordFilesAsync(Unit unit, Deadline deadline, IReadOnlyList<IncomingFile> files, bool newVersion, string byWhom, string channel, CancellationToken ct, DateTimeOffset? receivedAt = null,
        bool asPages = false, bool supplement = false)
    {
        var latest = await submissions.LatestAsync(unit.Id, deadline.Id, ct);
        var at = receivedAt is { } r && r < clock.UtcNow ? r : clock.UtcNow;
        files = files.Select(f => f with { SentAt = f.SentAt ?? at }).ToList();
        var result = !newVersion && latest is { Method: SubmissionMethod.Upload } && (asPages || at - latest.LastFileAt <= options.CurrentValue.PageWindow)
            ? await submissions.AddPagesAsync(latest.Id, files, byWhom, ct)
            : await submissions.SubmitAsync(await NewAsync(unit, deadline, files, SubmissionMethod.Upload, string.Empty, byWhom, channel, receivedAt, ct), ct);
        var paperKept = latest is { Method: SubmissionMethod.Paper } && result.Outcome == SubmitOutcome.Stored ? latest : null;
        var text = ReceiptText.Format(unit, deadline, result.Submission, clock, result.Outcome, paperKept);
        if (latest is null && result.Outcome == SubmitOutcome.Stored && await WasExcusedAsync(unit, deadline, ct))
        {
            // Handed in although excused: every copy of the receipt says what changed, as the upload page does.
            text += "\n" + ReceiptText.ExcusedHandedIn(options.CurrentValue.Names.Office);
        }

        if (result.Outcome != SubmitOutcome.PagesAdded)
        {
            return new RecordedReceipt(text, result.Submission, result.Outcome);
        }

        // Only the files really added are named as added: one the submission already held was skipped.
        var added = files.Select(f => f.Sha256).Where(sha => latest!.Files.All(had => had.Sha256 != sha)).ToHashSet();
        var startedBy = await StartedByOtherAsync(latest!, byWhom, ct);
        return new RecordedReceipt(text, result.Submission, result.Outcome)
        {
            PagesLine = ReceiptText.PagesAdded(deadline, result.Submission, added, startedBy, clock, supplement),
            StarterPagesLine = startedBy is null ? null : ReceiptText.PagesAdded(deadline, result.Submission, added, "bạn", clock, supplement),
        };
    }

    private async Task<bool> WasExcusedAsync(Unit unit, Deadline deadline, CancellationToken ct) =>
        await notes.LatestForDeadlinesAsync([deadline.Id], unit.Id, ct) is [{ IsAcceptedExcuse: true }, ..];

    /// <summary>Who started <paramref name="submission"/> when it was not <paramref name="byWhom"/>: pages joining a colleague's submission say whose.</summary>
    public async Task<string?> StartedByOtherAsync(Submission submission, string byWhom, CancellationToken ct)
    {
        if (string.Equals(submission.ByWhom, byWhom, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var parts = submission.ByWhom.Split(':', 2);
        var member = parts.Length == 2 ? await members.FindAsync(parts[0], parts[1], ct) : null;
        return member?.DisplayName ?? "một thành viên khác của đơn vị";
    }

    /// <summary>
    /// Everyone bound to the unit except <paramref name="exceptKey"/>, on every channel: a receipt goes to each, so
    /// a person bound on Telegram and Zalo, or a unit with two secretaries, sees what was handed in.
    /// </summary>
    public async Task<IReadOnlyList<ConversationReference>> OtherMembersAsync(Unit unit, string? exceptKey, CancellationToken ct) =>
        (await members.ForUnitAsync(unit.Id, ct))
            .Where(m => m.Reachable && !string.Equals(m.Key, exceptKey, StringComparison.OrdinalIgnoreCase))
            .Select(m => new ConversationReference(m.Channel, m.ChatId, m.UserId))
            .ToList();

    /// <summary>
    /// The receipt as the answer, and a copy naming who handed in and how to every other member of the unit. A file
    /// already received changed nothing for the unit, so only the sender hears about it; added pages are one line to each member.
    /// </summary>
    public async Task ReplyWithReceiptAsync(TurnContext context, Unit unit, Deadline deadline, RecordedReceipt recorded, CancellationToken ct)
    {
        var byLine = ReceiptText.HandedInBy(context.Caller.Member?.DisplayName ?? context.Caller.Key, context.Activity.Channel);
        if (recorded.PagesLine is { } line)
        {
            // The unit's members got the receipt when the submission was made: one more page is one line, to each of them
            // (the others with who sent it), never the whole receipt again.
            context.Reply(new OutboundMessage(line) { AboutDeadlineId = deadline.Id });
            foreach (var to in await OtherMembersAsync(unit, context.Caller.Key, ct))
            {
                context.Send(to, new OutboundMessage(recorded.PagesLineFor(to) + "\n" + byLine) { AboutDeadlineId = deadline.Id });
            }

            return;
        }

        var receipt = new OutboundMessage(recorded.Text) { AboutDeadlineId = deadline.Id };
        context.Reply(receipt);
        if (recorded.Outcome == SubmitOutcome.Duplicate)
        {
            return;
        }

        var copy = receipt with { Text = receipt.Text + "\n" + byLine };
        foreach (var to in await OtherMembersAsync(unit, context.Caller.Key, ct))
        {
            context.Send(to, copy);
        }
    }

    private async Task<NewSubmission> NewAsync(Unit unit, Deadline deadline, IReadOnlyList<IncomingFile> files, SubmissionMethod method, string note, string byWhom, string channel, DateTimeOffset? receivedAt, CancellationToken ct)
    {
        var overrides = await deadlines.OverridesAsync(deadline.Id, ct);
        var due = overrides.TryGetValue(unit.Id, out var extended) ? extended : deadline.DueDate;
        var now = receivedAt is { } at && at < clock.UtcNow ? at : clock.UtcNow;
        // Held by a question and filed only now: the page window opens now, not when the files were sent.
        return new NewSubmission(unit.Id, deadline.Id, now, clock.LocalDate(now), clock.Today, due, byWhom, channel, method, note, files) { FiledAt = clock.UtcNow };
    }
}
