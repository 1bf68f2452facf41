namespace QcdcBot.Storage.Delivery;

/// <summary>A claimed outbox row going back to the store: when it is due again, and why (kept as its last error).</summary>
internal sealed record PutBack(long Id, DateTimeOffset NextAttemptAt, string Reason);
