namespace QcdcBot.Scheduling.Delivery;

internal enum SendOutcome
{
    Delivered,

    /// <summary>The channel said "too many requests, wait" (HTTP 429): the whole channel slows down.</summary>
    RetryAfter,

    /// <summary>Worth trying again later (timeout, 5xx).</summary>
    Transient,

    /// <summary>Will never work as it is (bad request); no more attempts.</summary>
    Permanent,

    /// <summary>The recipient cannot be reached (blocked the bot, chat gone); the member is marked unreachable.</summary>
    Unreachable,
}
