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
    DateTimeOffset? DecidedAt)
{
    /// <summary>Pending requests of the same unit and deadline this one replaced when it was made.</summary>
    public IReadOnlyList<long> Superseded { get; init; } = [];

    /// <summary>The date an approval gave, while that extension stands; read only by <see cref="ExtensionRequestStore.ForDeadlineAsync"/>.</summary>
    public DateOnly? GrantedDate { get; init; }

    /// <summary>Closed as no longer needed: the unit handed in and the admin chose not to extend anyway.</summary>
    public bool Unneeded => DecidedBy is { } by && by.StartsWith("unneeded:", StringComparison.Ordinal);

    /// <summary>Taken back by the unit itself before the office answered ("không xin gia hạn nữa").</summary>
    public bool Withdrawn => DecidedBy is { } by && by.StartsWith("withdrawn:", StringComparison.Ordinal);

    /// <summary>The newer request that replaced this one, if that is how it ended.</summary>
    public long? SupersededBy => DecidedBy is { } by && by.StartsWith("superseded:", StringComparison.Ordinal) ? long.Parse(by[11..], System.Globalization.CultureInfo.InvariantCulture) : null;
}
