using QcdcBot.Scheduling.Calendar;
using QcdcBot.Storage.Deadlines;
using QcdcBot.Storage.Members;
using QcdcBot.Storage.Submissions;
using QcdcBot.Storage.Units;

namespace QcdcBot.Bot.Conversation.Submissions;

/// <summary>Records a submission against the unit's own due date (an approved extension moves it) and writes the receipt.</summary>
internal sealed class SubmissionRecorder(SubmissionStore submissions, DeadlineStore deadlines, MemberStore members, OfficeClock clock)
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
