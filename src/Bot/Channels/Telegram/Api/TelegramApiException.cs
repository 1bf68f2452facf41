namespace QcdcBot.Bot.Channels.Telegram.Api;

/// <summary>The Bot API answered with an error. The message names the method and Telegram's description, never the token.</summary>
internal sealed class TelegramApiException(string method, int errorCode, string description, TimeSpan? retryAfter = null)
    : Exception($"Telegram {method} failed: {errorCode} {description}")
{
    public string Method { get; } = method;

    public int ErrorCode { get; } = errorCode;

    public string Description { get; } = description;

    public TimeSpan? RetryAfter { get; } = retryAfter;

    public bool IsTransient => ErrorCode == 429 || ErrorCode >= 500;

    /// <summary>403 "bot was blocked by the user", "user is deactivated", "bot was kicked from the group chat".</summary>
    public bool IsUnreachable => ErrorCode == 403;
}

/// <summary>
/// The Bot API could not be reached, or its answer was lost (refused, dropped, timed out). For a send this is
/// ambiguous: Telegram may have delivered it.
/// </summary>
internal sealed class TelegramUnavailableException(string method, string reason)
    : Exception($"Telegram {method} unreachable: {reason}")
{
    public string Method { get; } = method;

    public string Reason { get; } = reason;
}
