namespace QcdcBot.Storage.Database;

/// <summary>
/// One unit's rows or every unit's, in a read of several deadlines: the condition is written only when a unit is given.
/// "($unit IS NULL OR unit_id = $unit)" is one statement for both, but SQLite plans it once, so it cannot seek the
/// (deadline_id, unit_id) index by the unit: a secretary's status reply or /viec stepped through every unit's rows of
/// the deadline (README, Performance).
/// </summary>
internal static class UnitFilter
{
    /// <summary>"AND unit_id = $unit" (the column as named), or nothing for every unit.</summary>
    public static string For(long? unitId, string column = "unit_id") => unitId is null ? string.Empty : $"AND {column} = $unit";
}
