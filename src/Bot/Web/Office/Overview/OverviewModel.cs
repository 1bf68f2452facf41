using QcdcBot.Scheduling.Tallies;
using QcdcBot.Storage.Deadlines;
using QcdcBot.Storage.Text;
using QcdcBot.Storage.Units;

namespace QcdcBot.Bot.Web.Office.Overview;

/// <summary>A column: one deadline with the tally's submitted/in-scope numbers.</summary>
internal sealed record OverviewColumn(Deadline Deadline, Completion Completion, bool Closed);

/// <summary>A row: one unit, a cell per column (null when the deadline is not for this unit).</summary>
internal sealed record OverviewRow(Unit Unit, IReadOnlyList<UnitCell?> Cells)
{
    public int DaysLate { get; } = Cells.Sum(c => c?.DaysLate ?? 0);

    /// <summary>How badly the unit stands: silent and unreachable weigh most, on-time nothing.</summary>
    public int Trouble { get; } = Cells.Sum(c => c is null ? 0 : Weight(c.Kind));

    private static int Weight(CellKind kind) => kind switch
    {
        CellKind.Unreachable => 5,
        CellKind.Silent => 4,
        CellKind.ExcuseRefused or CellKind.Late => 3,
        CellKind.InProgress or CellKind.ExcusePending => 2,
        CellKind.Extended or CellKind.ExtensionPending or CellKind.SentOutside => 1,
        _ => 0,
    };
}

/// <summary>The whole overview: columns, the rows the filter kept in the order asked, and how many units there are.</summary>
internal sealed record OverviewModel(DateTimeOffset LocalNow, OverviewQuery Query, IReadOnlyList<OverviewColumn> Columns, IReadOnlyList<OverviewRow> Rows, int UnitCount)
{
    /// <summary>
    /// Builds the page from the tallies /tinhhinh reads. Pure, so the benchmark can time it on any number of units.
    /// </summary>
    public static OverviewModel From(
        IReadOnlyList<DeadlineTally> tallies, IReadOnlyList<Unit> units, IReadOnlySet<long> reachableUnits, DateTimeOffset localNow, OverviewQuery query)
    {
        var today = DateOnly.FromDateTime(localNow.DateTime);
        var columns = tallies.Select(t => new OverviewColumn(t.Deadline, t.Completion, t.Deadline.State == DeadlineState.Closed)).ToList();
        var standings = tallies.Select(t => t.Units.ToDictionary(s => s.Unit.Id)).ToList();
        var search = VietnameseFold.Fold(query.Search);
        var rows = new List<OverviewRow>();
        foreach (var unit in units)
        {
            if (query.Kind is { } kind && unit.Kind != kind)
            {
                continue;
            }

            if (search.Length > 0 && !VietnameseFold.Fold(unit.Name).Contains(search, StringComparison.Ordinal) &&
                !VietnameseFold.Fold(unit.Code).Contains(search, StringComparison.Ordinal))
            {
                continue;
            }

            var reachable = reachableUnits.Contains(unit.Id);
            var cells = new UnitCell?[standings.Count];
            for (var i = 0; i < standings.Count; i++)
            {
                cells[i] = standings[i].TryGetValue(unit.Id, out var s) ? UnitCell.From(s, today, reachable, tallies[i].Deadline.State) : null;
            }

            if (query.State is { } state && !cells.Any(c => c is not null && state.Kinds.Contains(c.Kind)))
            {
                continue;
            }

            rows.Add(new OverviewRow(unit, cells));
        }

        IEnumerable<OverviewRow> ordered = query.Sort switch
        {
            OverviewSort.State => rows.OrderByDescending(r => r.Trouble).ThenByDescending(r => r.DaysLate),
            OverviewSort.DaysLate => rows.OrderByDescending(r => r.DaysLate).ThenByDescending(r => r.Trouble),
            _ => rows,
        };
        var comparer = StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("vi-VN"), ignoreCase: true);
        ordered = ordered is IOrderedEnumerable<OverviewRow> thenable
            ? thenable.ThenBy(r => r.Unit.Name, comparer)
            : rows.OrderBy(r => r.Unit.Name, comparer);
        return new OverviewModel(localNow, query, columns, ordered.ToList(), units.Count);
    }
}
