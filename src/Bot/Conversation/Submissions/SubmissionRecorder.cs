using QcdcBot.Scheduling.Calendar;
using QcdcBot.Storage.Deadlines;
using QcdcBot.Storage.Submissions;
using QcdcBot.Storage.Units;

namespace QcdcBot.Bot.Conversation.Submissions;

/// <summary>Records a submission against the unit's own due date (an approved extension moves it) and writes the receipt.</summary>
internal sealed class SubmissionRecorder(SubmissionStore submissions, DeadlineStore deadlines, OfficeClock clock)
{
    /// <param name="receivedAt">When the platform received it, if known; never later than now.</param>
    public async Task<string> RecordAsync(Unit unit, Deadline deadline, IReadOnlyList<IncomingFile> files, SubmissionMethod method, string note, string byWhom, string channel, CancellationToken ct, DateTimeOffset? receivedAt = null)
    {
        var overrides = await deadlines.OverridesAsync(deadline.Id, ct);
        var due = overrides.TryGetValue(unit.Id, out var extended) ? extended : deadline.DueDate;
        var now = receivedAt is { } at && at < clock.UtcNow ? at : clock.UtcNow;
        var result = await submissions.SubmitAsync(
            new NewSubmission(unit.Id, deadline.Id, now, clock.LocalDate(now), due, byWhom, channel, method, note, files), ct);
        return ReceiptText.Format(unit, deadline, result.Submission, clock, result.Outcome == SubmitOutcome.Duplicate);
    }
}
