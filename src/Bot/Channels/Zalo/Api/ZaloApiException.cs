namespace QcdcBot.Bot.Channels.Zalo.Api;

/// <summary>The Zalo Bot API answered <c>ok:false</c>. The message names the method and Zalo's description, never the token.</summary>
internal sealed class ZaloApiException(string method, int errorCode, string description)
    : Exception($"Zalo {method} failed: {errorCode} {description}")
{
    public string Method { get; } = method;

    public int ErrorCode { get; } = errorCode;

    public string Description { get; } = description;

    /// <summary>The token is wrong or was reset in Zalo Bot Creator: nothing will work until it is replaced.</summary>
    public bool IsUnauthorized => ErrorCode == 401;

    /// <summary>getUpdates ended with nothing new.</summary>
    public bool IsNothingNew => ErrorCode == 408;

    /// <summary>Quota (429) and server trouble (5xx; Zalo documents 403 as "internal server error").</summary>
    public bool IsTransient => ErrorCode is 429 or 403 || ErrorCode >= 500;
}

/// <summary>The Zalo Bot API could not be reached (connection refused or dropped, time-out) after every attempt.</summary>
internal sealed class ZaloUnavailableException(string method, string reason)
    : Exception($"Zalo {method} unreachable: {reason}")
{
    public string Method { get; } = method;
}
