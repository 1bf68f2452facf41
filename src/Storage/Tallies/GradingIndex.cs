namespace QcdcBot.Storage.Tallies;

/// <summary>
/// The counts grade a unit by its version with the fewest days late (paper received on time and recorded after a late
/// upload makes it on time), so the covering index holds every version's lateness, not only the first version's.
/// </summary>
internal static class GradingIndex
{
    public const string Sql = """
        DROP INDEX IF EXISTS submissions_first_lateness;
        CREATE INDEX submissions_lateness ON submissions(deadline_id, unit_id, days_late);
        """;
}
