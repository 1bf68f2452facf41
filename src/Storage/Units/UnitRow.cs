namespace QcdcBot.Storage.Units;

/// <summary>A unit as it comes from a CSV row, before it has an id.</summary>
internal sealed record UnitRow(string Code, string Name, UnitKind Kind, IReadOnlyList<string> Tags)
{
    /// <summary>The row's line in the imported file, for problems found after reading (0 when not from a file).</summary>
    public int Line { get; init; }
}

internal sealed record UnitImportCounts(int Added, int Updated, int Unchanged);
