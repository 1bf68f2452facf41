namespace QcdcBot.Tests.Telegram;

/// <summary>What the fake does instead of answering normally, once.</summary>
public abstract record Fault
{
    public sealed record TooManyRequests(int RetryAfter) : Fault;

    public sealed record ServerError : Fault;

    public sealed record Drop : Fault;

    public sealed record Blocked : Fault;

    /// <summary>Holds the answer until <see cref="Release"/> completes (or the caller gives up).</summary>
    public sealed record Hang(TaskCompletionSource Release) : Fault;

    /// <summary>Telegram accepts the call (a message is delivered) and then the connection drops before the answer.</summary>
    public sealed record DropAfterAccept : Fault;

    /// <summary>Telegram accepts the call but answers only after <see cref="Delay"/>, past the client's timeout.</summary>
    public sealed record Late(TimeSpan Delay) : Fault;
}
