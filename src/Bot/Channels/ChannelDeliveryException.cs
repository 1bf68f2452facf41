namespace QcdcBot.Bot.Channels;

internal enum DeliveryFailure
{
    /// <summary>Too many requests: wait <see cref="ChannelDeliveryException.RetryAfter"/>.</summary>
    RateLimited,

    /// <summary>Timeout, 5xx, connection lost: worth another try.</summary>
    Transient,

    /// <summary>The request itself is wrong; it will never work.</summary>
    Permanent,

    /// <summary>The person blocked the bot or the chat is gone.</summary>
    Unreachable,
}

/// <summary>A channel's refusal in channel-neutral terms, so the dispatcher can decide what to do next.</summary>
internal sealed class ChannelDeliveryException(DeliveryFailure failure, string message, TimeSpan? retryAfter = null, Exception? inner = null)
    : Exception(message, inner)
{
    public DeliveryFailure Failure { get; } = failure;

    public TimeSpan? RetryAfter { get; } = retryAfter;

    /// <summary>
    /// A platform's error answer in neutral terms, the same rule on every channel: 429 waits (<paramref name="rateLimitWait"/>,
    /// the platform's own figure where it gives one), a person or chat gone is unreachable, what may pass (5xx, a token
    /// being replaced) is tried again, and anything else will never work.
    /// </summary>
    public static ChannelDeliveryException FromPlatform(int errorCode, bool transient, bool unreachable, TimeSpan? rateLimitWait, Exception inner) =>
        errorCode == 429 ? new(DeliveryFailure.RateLimited, inner.Message, rateLimitWait, inner)
        : unreachable ? new(DeliveryFailure.Unreachable, inner.Message, null, inner)
        : transient ? new(DeliveryFailure.Transient, inner.Message, null, inner)
        : new(DeliveryFailure.Permanent, inner.Message, null, inner);

    /// <summary>The platform could not be reached after the client's retries: worth another try later.</summary>
    public static ChannelDeliveryException Unavailable(Exception inner) => new(DeliveryFailure.Transient, inner.Message, null, inner);
}
