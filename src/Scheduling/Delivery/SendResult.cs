namespace QcdcBot.Scheduling.Delivery;

/// <summary>What a channel said about one message.</summary>
internal sealed record SendResult(SendOutcome Outcome, string? ExternalMessageId = null, TimeSpan? RetryAfterDelay = null, string? Error = null)
{
    /// <summary>
    /// The channel's own bookkeeping for a delivered message (e.g. linking it to its deadline), run by the dispatcher
    /// after the rate window is freed; its failure is logged, never turned into a second send.
    /// </summary>
    public Func<CancellationToken, Task>? AfterSent { get; init; }

    public static SendResult Delivered(string? externalMessageId, Func<CancellationToken, Task>? afterSent = null) =>
        new(SendOutcome.Delivered, externalMessageId) { AfterSent = afterSent };

    public static SendResult RetryAfter(TimeSpan delay) => new(SendOutcome.RetryAfter, RetryAfterDelay: delay, Error: $"rate limited, retry after {delay.TotalSeconds:0.#}s");

    public static SendResult Transient(string error) => new(SendOutcome.Transient, Error: error);

    public static SendResult Permanent(string error) => new(SendOutcome.Permanent, Error: error);

    public static SendResult Unreachable(string error) => new(SendOutcome.Unreachable, Error: error);
}
