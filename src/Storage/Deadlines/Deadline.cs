using QcdcBot.Storage.Units;

namespace QcdcBot.Storage.Deadlines;

internal enum DeadlineScope
{
    /// <summary>Every unit, đoàn thể included.</summary>
    All,

    /// <summary>The chi, đảng bộ cơ sở (đảng bộ and chi bộ): the usual addressees of a QCDC letter.</summary>
    Grassroots,

    /// <summary>One kind of unit.</summary>
    Kind,

    /// <summary>Named units only (e.g. the three units an inspection team visits).</summary>
    Units,
}

internal enum Recurrence
{
    None,
    Yearly,
}

internal enum DeadlineState
{
    Open,
    Closed,
    Cancelled,
}

internal sealed record Deadline(
    long Id,
    string Title,
    string Kind,
    DateOnly DueDate,
    DeadlineScope Scope,
    UnitKind? ScopeKind,
    IReadOnlyList<long> UnitIds,
    Recurrence Recurrence,
    string SourcePhrase,
    string CreatedBy,
    DateTimeOffset CreatedAt,
    DeadlineState State)
{
    /// <summary>When the deadline was last changed (moved, renamed, closed, cancelled).</summary>
    public DateTimeOffset? ChangedAt { get; init; }

    /// <summary>The official letter this deadline was taken from, if any.</summary>
    public long? LetterId { get; init; }

    /// <summary>"Công văn số 1720-CV/ĐUK": how lists name the letter; null when the deadline was typed with /giao.</summary>
    public string? LetterReference { get; init; }

    public bool Covers(Unit unit) => Covers(Scope, ScopeKind, UnitIds, unit);

    /// <summary>
    /// Whether a unit's request or claim on it still waits for the office: only while it is open. Once ended (/donghan)
    /// or cancelled (/huyhan) /duyet has nothing to decide, so no view counts one as "chờ duyệt" (one rule for all).
    /// </summary>
    public bool AwaitsDecisions => State == DeadlineState.Open;

    /// <summary>Whether a scope (stored, or still being read from a command) takes in <paramref name="unit"/>.</summary>
    public static bool Covers(DeadlineScope scope, UnitKind? kind, IReadOnlyList<long> unitIds, Unit unit) => scope switch
    {
        DeadlineScope.All => true,
        DeadlineScope.Grassroots => unit.IsGrassroots,
        DeadlineScope.Kind => unit.Kind == kind,
        _ => unitIds.Contains(unit.Id),
    };
}

/// <summary>What an admin asked for, before it is stored.</summary>
internal sealed record NewDeadline(
    string Title,
    DateOnly DueDate,
    DeadlineScope Scope,
    UnitKind? ScopeKind,
    IReadOnlyList<long> UnitIds,
    Recurrence Recurrence,
    string SourcePhrase,
    string CreatedBy,
    string Kind = "other")
{
    /// <summary>Set by the letter store when the deadline comes from an official letter.</summary>
    public long? LetterId { get; init; }
}
