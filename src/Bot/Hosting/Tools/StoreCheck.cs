using System.Globalization;
using System.Security.Cryptography;
using Microsoft.Data.Sqlite;

namespace QcdcBot.Bot.Hosting.Tools;

/// <summary>What a store file holds and whether it is whole: SQLite's integrity check, rows per table, every stored file's hash.</summary>
internal sealed record StoreCheck(string Integrity, int SchemaVersion, IReadOnlyDictionary<string, long> Rows, int FilesChecked, IReadOnlyList<string> BadFiles)
{
    public bool IsHealthy => Integrity == "ok" && BadFiles.Count == 0;

    public static async Task<StoreCheck> RunAsync(string path, CancellationToken ct)
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        await connection.OpenAsync(ct);
        var integrity = string.Join("; ", await ListAsync(connection, "PRAGMA integrity_check", ct));
        var version = int.Parse((await ListAsync(connection, "PRAGMA user_version", ct))[0], CultureInfo.InvariantCulture);
        var rows = new SortedDictionary<string, long>(StringComparer.Ordinal);
        foreach (var table in await ListAsync(connection, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name", ct))
        {
            rows[table] = long.Parse((await ListAsync(connection, $"SELECT COUNT(*) FROM \"{table}\"", ct))[0], CultureInfo.InvariantCulture);
        }

        var checkedFiles = 0;
        var bad = new List<string>();
        if (rows.ContainsKey("stored_files"))
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT sha256, content FROM stored_files";
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                checkedFiles++;
                var sha = reader.GetString(0);
                await using var content = reader.GetStream(1);
                if (!string.Equals(Convert.ToHexStringLower(await SHA256.HashDataAsync(content, ct)), sha, StringComparison.Ordinal))
                {
                    bad.Add(sha);
                }
            }
        }

        return new StoreCheck(integrity, version, rows, checkedFiles, bad);
    }

    /// <summary>"12 việc, 77 đơn vị, 340 bài nộp, 512 tệp (đã kiểm tra SHA-256)": the rows people recognise.</summary>
    public string Summary() =>
        $"{Count("deadlines")} việc, {Count("units")} đơn vị, {Count("submissions")} bài nộp, {FilesChecked} tệp (SHA-256 khớp: {FilesChecked - BadFiles.Count}), " +
        $"{Count("outbox")} tin trong hàng đợi gửi; {Rows.Values.Sum()} dòng trong {Rows.Count} bảng; phiên bản lược đồ {SchemaVersion}";

    private long Count(string table) => Rows.TryGetValue(table, out var n) ? n : 0;

    private static async Task<List<string>> ListAsync(SqliteConnection connection, string sql, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync(ct);
        var values = new List<string>();
        while (await reader.ReadAsync(ct))
        {
            values.Add(Convert.ToString(reader.GetValue(0), CultureInfo.InvariantCulture) ?? string.Empty);
        }

        return values;
    }
}
