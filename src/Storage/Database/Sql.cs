using System.Globalization;
using Microsoft.Data.Sqlite;

namespace QcdcBot.Storage.Database;

/// <summary>Small helpers over ADO.NET so that each store reads as SQL plus a row mapper.</summary>
internal static class Sql
{
    public static SqliteCommand Command(this SqliteConnection connection, string sql, SqliteTransaction? transaction, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        // Inside a unit of work a store passes no transaction: its commands join the one in progress.
        command.Transaction = transaction ?? (connection as LentConnection)?.Current;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, ToDb(value));
        }

        return command;
    }

    /// <summary>
    /// Like <see cref="Command"/>, but inside a transaction the command comes from the connection's prepared ones (see
    /// <see cref="LentConnection"/>): hand it back with <see cref="ReturnAsync"/>, not by disposing it.
    /// </summary>
    private static SqliteCommand Rent(SqliteConnection connection, string sql, SqliteTransaction? transaction, (string Name, object? Value)[] parameters)
    {
        if (connection is not LentConnection { Lent: true } lent)
        {
            return connection.Command(sql, transaction, parameters);
        }

        var command = lent.Rent(sql);
        command.Transaction = transaction ?? lent.Current;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, ToDb(value));
        }

        return command;
    }

    /// <summary>Keeps a command that ran to the end for the next run; one that failed is disposed (its statement may be mid-step).</summary>
    private static ValueTask ReturnAsync(SqliteConnection connection, SqliteCommand command, bool ranToEnd) =>
        ranToEnd && connection is LentConnection lent && lent.Return(command) ? ValueTask.CompletedTask : command.DisposeAsync();

    public static async Task<int> ExecuteAsync(this SqliteConnection connection, string sql, SqliteTransaction? transaction, CancellationToken ct, params (string Name, object? Value)[] parameters)
    {
        var command = Rent(connection, sql, transaction, parameters);
        var ranToEnd = false;
        try
        {
            var changed = await command.ExecuteNonQueryAsync(ct);
            ranToEnd = true;
            return changed;
        }
        finally
        {
            await ReturnAsync(connection, command, ranToEnd);
        }
    }

    public static async Task<long> InsertAsync(this SqliteConnection connection, string sql, SqliteTransaction? transaction, CancellationToken ct, params (string Name, object? Value)[] parameters)
    {
        var command = Rent(connection, sql + "; SELECT last_insert_rowid();", transaction, parameters);
        var ranToEnd = false;
        try
        {
            var id = (long)(await command.ExecuteScalarAsync(ct))!;
            ranToEnd = true;
            return id;
        }
        finally
        {
            await ReturnAsync(connection, command, ranToEnd);
        }
    }

    public static async Task<T?> ScalarAsync<T>(this SqliteConnection connection, string sql, SqliteTransaction? transaction, CancellationToken ct, params (string Name, object? Value)[] parameters)
    {
        var command = Rent(connection, sql, transaction, parameters);
        object? value;
        var ranToEnd = false;
        try
        {
            value = await command.ExecuteScalarAsync(ct);
            ranToEnd = true;
        }
        finally
        {
            await ReturnAsync(connection, command, ranToEnd);
        }

        return value is null or DBNull ? default : (T)Convert.ChangeType(value, Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T), CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// A single text value as SQLite holds it, UTF-8 bytes (empty when null): for the large JSON values the export
    /// parses as UTF-8 anyway, so they are never made a .NET string and encoded back.
    /// </summary>
    public static async Task<byte[]> Utf8ScalarAsync(this SqliteConnection connection, string sql, CancellationToken ct, params (string Name, object? Value)[] parameters)
    {
        await using var command = connection.Command(sql, null, parameters);
        await using var reader = await command.ExecuteReaderAsync(ct);
        return reader.Read() && !reader.IsDBNull(0) ? reader.GetFieldValue<byte[]>(0) : [];
    }

    public static async Task<List<T>> QueryAsync<T>(this SqliteConnection connection, string sql, SqliteTransaction? transaction, Func<SqliteDataReader, T> map, CancellationToken ct, params (string Name, object? Value)[] parameters)
    {
        var command = Rent(connection, sql, transaction, parameters);
        var ranToEnd = false;
        try
        {
            var rows = new List<T>();
            await using (var reader = await command.ExecuteReaderAsync(ct))
            {
                while (await reader.ReadAsync(ct))
                {
                    rows.Add(map(reader));
                }
            }

            ranToEnd = true;
            return rows;
        }
        finally
        {
            await ReturnAsync(connection, command, ranToEnd);
        }
    }

    public static async Task<T?> QuerySingleAsync<T>(this SqliteConnection connection, string sql, SqliteTransaction? transaction, Func<SqliteDataReader, T> map, CancellationToken ct, params (string Name, object? Value)[] parameters)
        where T : class
    {
        var rows = await connection.QueryAsync(sql, transaction, map, ct, parameters);
        return rows.Count == 0 ? null : rows[0];
    }

    public static string? NullableString(this SqliteDataReader reader, string column)
    {
        var ordinal = reader.GetOrdinal(column);
        return reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
    }

    public static string Str(this SqliteDataReader reader, string column) => reader.GetString(reader.GetOrdinal(column));

    public static long Long(this SqliteDataReader reader, string column) => reader.GetInt64(reader.GetOrdinal(column));

    public static long? NullableLong(this SqliteDataReader reader, string column)
    {
        var ordinal = reader.GetOrdinal(column);
        return reader.IsDBNull(ordinal) ? null : reader.GetInt64(ordinal);
    }

    public static bool Bool(this SqliteDataReader reader, string column) => reader.GetInt64(reader.GetOrdinal(column)) != 0;

    public static DateOnly Date(this SqliteDataReader reader, string column) => ParseDate(reader.Str(column));

    public static DateOnly? NullableDate(this SqliteDataReader reader, string column) =>
        reader.NullableString(column) is { } s ? ParseDate(s) : null;

    public static DateTimeOffset Instant(this SqliteDataReader reader, string column) => ParseInstant(reader.Str(column));

    public static DateTimeOffset Instant(this SqliteDataReader reader, int ordinal) => ParseInstant(reader.GetString(ordinal));

    public static DateTimeOffset? NullableInstant(this SqliteDataReader reader, string column) =>
        reader.NullableString(column) is { } s ? ParseInstant(s) : null;

    /// <summary>A list of ids as one JSON parameter, read with <c>json_each</c>: one statement for any number of ids.</summary>
    public static string IdList(IEnumerable<long> ids) => "[" + string.Join(',', ids.Select(i => i.ToString(CultureInfo.InvariantCulture))) + "]";

    /// <summary>Dates are stored as ISO yyyy-MM-dd, instants as UTC ISO 8601: both sort as text.</summary>
    public static object ToDb(object? value) => value switch
    {
        null => DBNull.Value,
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTimeOffset t => t.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture),
        bool b => b ? 1 : 0,
        Enum e => DbEnum.ToDb(e),
        _ => value,
    };

    private static DateOnly ParseDate(string s) => DateOnly.ParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    // The exact form ToDb writes first: a tally reads hundreds of thousands of instants, and the general parser is slow.
    private static DateTimeOffset ParseInstant(string s) =>
        DateTimeOffset.TryParseExact(s, "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var exact)
            ? exact
            : DateTimeOffset.Parse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
}
