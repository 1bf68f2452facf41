namespace QcdcBot.Storage.Units;

/// <summary>A unit as it comes from a CSV row, before it has an id.</summary>
internal sealed record UnitRow(string Code, string Name, UnitKind Kind, IReadOnlyList<string> Tags);

internal sealed record UnitImportCounts(int Added, int Updated, int Unchanged);
