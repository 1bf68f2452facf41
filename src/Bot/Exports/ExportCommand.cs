using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using QcdcBot.Bot.Conversation;
using QcdcBot.Scheduling;
using QcdcBot.Storage;
using QcdcBot.Storage.Database;
using QcdcBot.Storage.Deadlines;

namespace QcdcBot.Bot.Exports;

/// <summary>
/// <c>export [--deadline &lt;mã|tên&gt;] --out &lt;tệp.xlsx&gt;</c>: the same workbook as /xuat, written to a file from the
/// store at <c>Storage:Path</c>, for the office to run without the chat.
/// </summary>
internal static class ExportCommand
{
    public const string Usage = "Cách dùng: dotnet run --project src/Bot -- export [--deadline <mã hoặc tên việc>] --out <tệp.xlsx> [--Storage:Path <tệp.db>]";

    /// <summary>Runs with the arguments after "export". 0: written; 1: the store or the file failed; 2: bad arguments.</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter output, Action<IHostApplicationBuilder>? configure = null)
    {
        string? query = null;
        string? outPath = null;
        var settings = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            var arg = args[i];
            if (arg is "--deadline" or "--out")
            {
                if (i + 1 >= args.Length || args[i + 1].StartsWith("--", StringComparison.Ordinal))
                {
                    await output.WriteLineAsync($"Thiếu giá trị sau {arg}.\n{Usage}");
                    return 2;
                }

                if (arg == "--deadline")
                {
                    query = args[++i];
                }
                else
                {
                    outPath = args[++i];
                }
            }
            else if (arg.StartsWith("--", StringComparison.Ordinal) && arg.Contains(':', StringComparison.Ordinal))
            {
                // A setting such as --Storage:Path data/qcdcbot.db, passed on to the configuration as the bot reads it.
                settings.Add(arg);
                if (!arg.Contains('=', StringComparison.Ordinal) && i + 1 < args.Length)
                {
                    settings.Add(args[++i]);
                }
            }
            else
            {
                await output.WriteLineAsync($"Không hiểu tham số \"{arg}\".\n{Usage}");
                return 2;
            }
        }

        if (string.IsNullOrWhiteSpace(outPath))
        {
            await output.WriteLineAsync($"Thiếu --out <tệp.xlsx>: cần biết ghi bảng vào tệp nào.\n{Usage}");
            return 2;
        }

        if (query is not null && query.Trim().Length == 0)
        {
            await output.WriteLineAsync($"--deadline để trống. Bỏ hẳn --deadline để xuất tất cả các việc.\n{Usage}");
            return 2;
        }

        // The same configuration as the bot's, but read once: a command that ends in seconds watches no settings file
        // for changes (the watcher and its generic code were part of every export's start).
        var configuration = new ConfigurationManager();
        configuration.AddInMemoryCollection([new("hostBuilder:reloadConfigOnChange", "false")]);
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = [.. settings], Configuration = configuration });
        configure?.Invoke(builder);
        builder.AddStorage();
        builder.AddSchedulingReads();
        builder.Services.AddBotOptions();
        builder.Services.AddExportBuilders();
        using var host = builder.Build();
        var database = host.Services.GetRequiredService<SqliteDatabase>();
        if (!File.Exists(database.FilePath))
        {
            // Opening would create an empty store; an export from nothing is a wrong path, not an empty report.
            await output.WriteLineAsync($"Không tìm thấy cơ sở dữ liệu {database.FilePath}. Kiểm tra Storage:Path.");
            return 1;
        }

        var all = await host.Services.GetRequiredService<DeadlineStore>().ListAsync(includeClosed: true);
        IReadOnlyList<Deadline> chosen = all;
        if (query is not null)
        {
            var found = Find(all, query);
            if (found.Found is not { } deadline)
            {
                await output.WriteLineAsync(found.IsAmbiguous
                    ? $"\"{query}\" khớp với nhiều việc, xin ghi rõ mã:\n" + string.Join('\n', found.Candidates.Select(d => $"  {d.Id}: {d.Title}"))
                    : $"Không tìm thấy việc \"{query}\" trong {database.FilePath}.");
                return 2;
            }

            chosen = [deadline];
        }

        // Written beside the target and moved over it when complete: a failure part-way leaves no half workbook.
        var target = Path.GetFullPath(outPath);
        var partial = target + ".partial";
        try
        {
            var folder = Path.GetDirectoryName(target);
            if (!string.IsNullOrEmpty(folder))
            {
                Directory.CreateDirectory(folder);
            }

            await using (var file = new FileStream(partial, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16, useAsync: false))
            {
                await host.Services.GetRequiredService<ProgressWorkbook>().WriteAsync(chosen, file, CancellationToken.None);
            }

            File.Move(partial, target, overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            File.Delete(partial);
            await output.WriteLineAsync($"Không ghi được tệp {outPath}: {ex.Message}");
            return 1;
        }

        await output.WriteLineAsync($"Đã xuất {chosen.Count} việc từ {database.FilePath} vào {Path.GetFullPath(outPath)}.");
        return 0;
    }

    /// <summary>"12", "#12" or any part of the title.</summary>
    private static Resolution<Deadline> Find(IReadOnlyList<Deadline> all, string query) => EntityResolver.Deadline(all, query);
}
