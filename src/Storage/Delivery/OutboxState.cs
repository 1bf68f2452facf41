namespace QcdcBot.Storage.Delivery;

internal enum OutboxState
{
    Pending,
    Sent,

    /// <summary>Given up on after the last attempt or a permanent error; last_error says why.</summary>
    Failed,
}
