using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using QcdcBot.Storage;

namespace QcdcBot.Bot.Hosting.Tools;

/// <summary>
/// <c>backup --out &lt;file&gt;</c>: a consistent copy of the store while the bot runs, by SQLite's online backup API
/// (a file copy of a WAL database can miss committed pages). The stored files are rows of the store, so they come
/// with it. The copy is written beside the target and moved into place only once it passed its checks.
/// </summary>
internal static class BackupTool
{
    public const string Usage = "dotnet run --project src/Bot -- backup --out <tệp.db> [--Storage:Path <tệp.db>]";

    public static async Task<int> RunAsync(string[] args, TextWriter output, Action<IHostApplicationBuilder>? configure = null)
    {
        var parsed = ToolArguments.Parse(args, ["--out"]);
        if (parsed.Error is not null || !parsed.Options.TryGetValue("--out", out var target))
        {
            await output.WriteLineAsync($"{parsed.Error ?? "Thiếu --out <tệp>: cần biết ghi bản sao vào đâu."}\nCách dùng: {Usage}");
            return 2;
        }

        var source = Path.GetFullPath(ToolConfiguration.Build(parsed.Settings, configure).GetSection(StorageOptions.SectionName).Get<StorageOptions>()?.Path ?? new StorageOptions().Path);
        target = Path.GetFullPath(target);
        if (!File.Exists(source))
        {
            await output.WriteLineAsync($"Không tìm thấy cơ sở dữ liệu {source}. Kiểm tra Storage:Path.");
            return 1;
        }

        if (string.Equals(source, target, StringComparison.Ordinal))
        {
            await output.WriteLineAsync("--out phải là một tệp khác cơ sở dữ liệu đang dùng.");
            return 2;
        }

        var partial = target + ".partial";
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Delete(partial);
            await using (var from = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = source, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString()))
            await using (var to = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = partial, Pooling = false }.ToString()))
            {
                await from.OpenAsync();
                await to.OpenAsync();
                // The live store is in WAL mode: this reads one snapshot while the bot keeps writing.
                from.BackupDatabase(to);
            }

            var check = await StoreCheck.RunAsync(partial, CancellationToken.None);
            if (!check.IsHealthy)
            {
                await output.WriteLineAsync($"Bản sao không đạt kiểm tra ({check.Integrity}; {check.BadFiles.Count} tệp sai SHA-256); giữ lại ở {partial} để xem, không dùng để khôi phục.");
                return 1;
            }

            File.Move(partial, target, overwrite: true);
            await output.WriteLineAsync($"Đã sao lưu {source} → {target}: kiểm tra toàn vẹn ok; {check.Summary()}.");
            return 0;
        }
        catch (Exception ex) when (ex is SqliteException or IOException or UnauthorizedAccessException)
        {
            await output.WriteLineAsync($"Không sao lưu được: {ex.Message}");
            return 1;
        }
    }
}
