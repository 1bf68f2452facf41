namespace QcdcBot.Scheduling.Delivery;

/// <summary>What a channel said about one message.</summary>
internal sealed record SendResult(SendOutcome Outcome, string? ExternalMessageId = null, TimeSpan? RetryAfterDelay = null, string? Error = null)
{
    public static SendResult Delivered(string? externalMessageId) => new(SendOutcome.Delivered, externalMessageId);

    public static SendResult RetryAfter(TimeSpan delay) => new(SendOutcome.RetryAfter, RetryAfterDelay: delay, Error: $"rate limited, retry after {delay.TotalSeconds:0.#}s");

    public static SendResult Transient(string error) => new(SendOutcome.Transient, Error: error);

    public static SendResult Permanent(string error) => new(SendOutcome.Permanent, Error: error);

    public static SendResult Unreachable(string error) => new(SendOutcome.Unreachable, Error: error);
}
