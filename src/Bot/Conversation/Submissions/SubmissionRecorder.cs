using Microsoft.Extensions.Options;
using QcdcBot.Scheduling.Calendar;
using QcdcBot.Storage.Deadlines;
using QcdcBot.Storage.Members;
using QcdcBot.Storage.Submissions;
using QcdcBot.Storage.Text;
using QcdcBot.Storage.Units;

namespace QcdcBot.Bot.Conversation.Submissions;

/// <summary>Records a submission against the unit's own due date (an approved extension moves it) and writes the receipt.</summary>
internal sealed class SubmissionRecorder(SubmissionStore submissions, DeadlineStore deadlines, MemberStore members, OfficeClock clock, IOptionsMonitor<BotOptions> options)
{
    // A caption that says the file replaces what was sent makes a new version even within the page window.
    private static readonly string[] NewVersionWords = ["ban moi", "ban sua", "sua lai", "thay the", "thay cho", "nop lai", "gui lai", "cap nhat", "ban chinh thuc", "ban cuoi"];

    /// <param name="receivedAt">When the platform received it, if known; never later than now.</param>
    public async Task<string> RecordAsync(Unit unit, Deadline deadline, IReadOnlyList<IncomingFile> files, SubmissionMethod method, string note, string byWhom, string channel, CancellationToken ct, DateTimeOffset? receivedAt = null)
    {
        var overrides = await deadlines.OverridesAsync(deadline.Id, ct);
        var due = overrides.TryGetValue(unit.Id, out var extended) ? extended : deadline.DueDate;
        var now = receivedAt is { } at && at < clock.UtcNow ? at : clock.UtcNow;
        var result = await submissions.SubmitAsync(
            new NewSubmission(unit.Id, deadline.Id, now, clock.LocalDate(now), due, byWhom, channel, method, note, files), ct);
        return ReceiptText.Format(unit, deadline, result.Submission, clock, result.Outcome);
    }

    /// <summary>
    /// A secretary's files: pages of the submission the same person sent for this deadline within
    /// <c>Bot:PageWindow</c> (photos of a paper report sent one by one), otherwise a new version.
    /// </summary>
    public async Task<string> RecordUploadAsync(Unit unit, Deadline deadline, IReadOnlyList<IncomingFile> files, string caption, string byWhom, string channel, CancellationToken ct, DateTimeOffset? receivedAt = null)
    {
        var latest = await submissions.LatestAsync(unit.Id, deadline.Id, ct);
        var at = receivedAt is { } r && r < clock.UtcNow ? r : clock.UtcNow;
        var folded = VietnameseFold.Fold(caption);
        if (latest is { Method: SubmissionMethod.Upload } && latest.ByWhom == byWhom && at - latest.LastFileAt <= options.CurrentValue.PageWindow &&
            !NewVersionWords.Any(w => folded.Contains(w, StringComparison.Ordinal)))
        {
            var added = await submissions.AddPagesAsync(latest.Id, files, byWhom, ct);
            return ReceiptText.Format(unit, deadline, added.Submission, clock, added.Outcome);
        }

        return await RecordAsync(unit, deadline, files, SubmissionMethod.Upload, string.Empty, byWhom, channel, ct, receivedAt);
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

    /// <summary>The receipt as the answer, and a copy to every other member of the unit.</summary>
    public async Task ReplyWithReceiptAsync(TurnContext context, Unit unit, OutboundMessage receipt, CancellationToken ct)
    {
        context.Reply(receipt);
        foreach (var to in await OtherMembersAsync(unit, context.Caller.Key, ct))
        {
            context.Send(to, receipt);
        }
    }
}
