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
}
