namespace QcdcBot.Storage.ExtensionRequests;

internal enum ExtensionState
{
    Pending,
    Approved,
    Denied,
}

internal sealed record ExtensionRequest(
    long Id,
    long UnitId,
    long DeadlineId,
    DateOnly RequestedDate,
    string Reason,
    string RequestedBy,
    DateTimeOffset RequestedAt,
    ExtensionState State,
    string? DecidedBy,
    DateTimeOffset? DecidedAt);
