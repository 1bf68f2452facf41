using QcdcBot.Scheduling.Tallies;

namespace QcdcBot.Bot.Exports;

/// <summary>A deadline's sheet: a line per unit in scope, and the counts its summary row shows.</summary>
internal sealed record SheetData(DeadlineCounts Counts, IReadOnlyList<SheetLine> Lines);
