using Microsoft.Data.Sqlite;
using QcdcBot.Storage.Database;

namespace QcdcBot.Storage.Tallies;

/// <summary>
/// The lean reads behind the counts (/tonghop, the digest, /tinhhinh): each query packs a unit's fact on a deadline
/// into one integer and returns one row per deadline, <c>deadline_id, group_concat(code)</c>. Stepping through a row
/// costs far more than parsing a number, so half a million facts come back as fifty rows of digits.
/// </summary>
internal static class PackedCodes
{
    /// <param name="sql">Two columns: the deadline id and the comma-separated integer codes of its units.</param>
    /// <param name="decode">Turns a deadline id and one code into what the caller keeps (a value type: no object per fact).</param>
    public static async Task<List<T>> ReadAsync<T>(SqliteConnection connection, string sql, Func<long, long, T> decode, CancellationToken ct, params (string Name, object? Value)[] parameters)
    {
        await using var command = connection.Command(sql, null, parameters);
        await using var reader = await command.ExecuteReaderAsync(ct);
        var facts = new List<T>();
        // Read, not ReadAsync: SQLite runs in process, and there are only as many rows as deadlines.
        while (reader.Read())
        {
            Decode(reader.GetInt64(0), reader.GetString(1), decode, facts);
        }

        return facts;
    }

    /// <summary>
    /// One deadline's comma-separated codes. Not marked AggressiveOptimization: such a method is never precompiled
    /// (ReadyToRun), so the published bot compiled it on the first /tonghop after every start.
    /// </summary>
    private static void Decode<T>(long deadlineId, string text, Func<long, long, T> decode, List<T> facts)
    {
        var codes = text.AsSpan();
        long code = 0;
        var negative = false;
        for (var i = 0; i <= codes.Length; i++)
        {
            if (i == codes.Length || codes[i] == ',')
            {
                facts.Add(decode(deadlineId, negative ? -code : code));
                code = 0;
                negative = false;
            }
            else if (codes[i] == '-')
            {
                negative = true;
            }
            else
            {
                code = (code * 10) + (codes[i] - '0');
            }
        }
    }
}
