namespace QcdcBot.Scheduling.Digests;

/// <summary>
/// The port the weekly digest job calls: the Bot composes the text, picks the chats and queues the messages.
/// Scheduling decides only when, so it never needs to know about channels or wording.
/// </summary>
internal interface IDigestPublisher
{
    /// <summary>Publishes this week's digest; running it again the same day sends nothing twice.</summary>
    Task PublishWeeklyAsync(CancellationToken ct);
}
