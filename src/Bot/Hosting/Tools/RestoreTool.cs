using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using QcdcBot.Storage;

namespace QcdcBot.Bot.Hosting.Tools;

/// <summary>
/// <c>restore --from &lt;backup&gt;</c>: puts a checked backup in place of the store at <c>Storage:Path</c>. Refused while a
/// bot runs on that store (it holds the store's lock file) and for a backup that fails its checks. The store being
/// replaced is kept beside it as <c>&lt;store&gt;.before-restore-&lt;time&gt;</c>.
/// </summary>
internal static class RestoreTool
{
    public const string Usage = "dotnet run --project src/Bot -- restore --from <tệp sao lưu.db> [--Storage:Path <tệp.db>]";

    public static async Task<int> RunAsync(string[] args, TextWriter output, TimeProvider time, Action<IHostApplicationBuilder>? configure = null)
    {
        var parsed = ToolArguments.Parse(args, ["--from"]);
        if (parsed.Error is not null || !parsed.Options.TryGetValue("--from", out var backup))
        {
            await output.WriteLineAsync($"{parsed.Error ?? "Thiếu --from <tệp sao lưu>."}\nCách dùng: {Usage}");
            return 2;
        }

        var store = Path.GetFullPath(ToolConfiguration.Build(parsed.Settings, configure).GetSection(StorageOptions.SectionName).Get<StorageOptions>()?.Path ?? new StorageOptions().Path);
        backup = Path.GetFullPath(backup);
        if (!File.Exists(backup))
        {
            await output.WriteLineAsync($"Không tìm thấy tệp sao lưu {backup}.");
            return 2;
        }

        using var held = StoreLock.TryTake(store);
        if (held is null)
        {
            await output.WriteLineAsync($"Bot đang chạy trên {store} (nó giữ {StoreLock.PathFor(store)}): dừng bot trước (sudo systemctl stop qcdcbot) rồi khôi phục. Chưa thay đổi gì.");
            return 1;
        }

        try
        {
            var check = await StoreCheck.RunAsync(backup, CancellationToken.None);
            if (!check.IsHealthy)
            {
                await output.WriteLineAsync($"Tệp sao lưu không đạt kiểm tra ({check.Integrity}; {check.BadFiles.Count} tệp sai SHA-256). Chưa thay đổi gì.");
                return 1;
            }

            string? kept = null;
            if (File.Exists(store))
            {
                kept = $"{store}.before-restore-{time.GetUtcNow():yyyyMMdd-HHmmss}";
                await using (var from = Open(store, SqliteOpenMode.ReadOnly))
                await using (var to = Open(kept, SqliteOpenMode.ReadWriteCreate))
                {
                    await from.OpenAsync();
                    await to.OpenAsync();
                    from.BackupDatabase(to);
                }
            }

            // Through SQLite, not a file copy: the store's WAL and shared-memory files stay consistent with it.
            await using (var from = Open(backup, SqliteOpenMode.ReadOnly))
            await using (var to = Open(store, SqliteOpenMode.ReadWriteCreate))
            {
                await from.OpenAsync();
                await to.OpenAsync();
                from.BackupDatabase(to);
            }

            var restored = await StoreCheck.RunAsync(store, CancellationToken.None);
            await output.WriteLineAsync($"Đã khôi phục {backup} → {store}: kiểm tra toàn vẹn {restored.Integrity}; {restored.Summary()}." +
                                        (kept is null ? string.Empty : $"\nCơ sở dữ liệu cũ được giữ ở {kept}."));
            return restored.IsHealthy ? 0 : 1;
        }
        catch (Exception ex) when (ex is SqliteException or IOException or UnauthorizedAccessException)
        {
            await output.WriteLineAsync($"Không khôi phục được: {ex.Message}");
            return 1;
        }
    }

    private static SqliteConnection Open(string path, SqliteOpenMode mode) =>
        new(new SqliteConnectionStringBuilder { DataSource = path, Mode = mode, Pooling = false }.ToString());
}
