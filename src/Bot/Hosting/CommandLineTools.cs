using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using QcdcBot.Bot.Exports;
using QcdcBot.Storage;
using QcdcBot.Storage.Database;
using QcdcBot.Storage.Units;

namespace QcdcBot.Bot.Hosting;

/// <summary>The office's command-line tools, run against the store at <c>Storage:Path</c>: <c>units import &lt;file.csv&gt;</c>, <c>export [--deadline &lt;việc&gt;] --out &lt;file.xlsx&gt;</c>, <c>congvan &lt;file&gt; [--create]</c>.</summary>
internal static class CommandLineTools
{
    /// <summary>
    /// Anything but configuration overrides (<c>--Storage:Path …</c>) is a tool call, so a mistyped tool name gets the
    /// usage instead of silently starting the bot.
    /// </summary>
    public static bool IsTool(string[] args) => args.Length >= 1 && (!args[0].StartsWith("--", StringComparison.Ordinal) || args[0] is "--help");

    public static async Task<int> RunAsync(string[] args, TextWriter? output = null, Action<IHostApplicationBuilder>? configure = null)
    {
        output ??= Console.Out;
        if (args is ["export", ..])
        {
            return await ExportCommand.RunAsync(args[1..], output, configure);
        }

        if (args is ["congvan", ..])
        {
            return await Letters.LetterCommand.RunAsync(args[1..], output, configure);
        }

        if (args is not ["units", "import", var file, ..])
        {
            await output.WriteLineAsync("Cách dùng:\n  dotnet run --project src/Bot                       chạy bot (không có token: trò chuyện thử trên máy)\n" +
                                        "  dotnet run --project src/Bot -- units import <file.csv>\n" +
                                        "  dotnet run --project src/Bot -- export [--deadline <việc>] --out <file.xlsx>\n" +
                                        "  dotnet run --project src/Bot -- congvan <file.docx|.pdf|.txt> [--create]\n" +
                                        "Thêm --Storage:Path <tệp .db> để chọn cơ sở dữ liệu (mặc định data/qcdcbot.db; bản thử là data/demo.db).");
            return 2;
        }

        if (!File.Exists(file))
        {
            await output.WriteLineAsync($"Không tìm thấy tệp {file}.");
            return 2;
        }

        var builder = Host.CreateApplicationBuilder(args[3..]);
        configure?.Invoke(builder);
        builder.AddStorage();
        using var host = builder.Build();
        var database = host.Services.GetRequiredService<SqliteDatabase>();
        await database.MigrateAsync();
        using var reader = new StreamReader(file);
        var result = await host.Services.GetRequiredService<UnitCsvImporter>().ImportAsync(reader, "cli:units-import");
        if (!result.Succeeded)
        {
            await output.WriteLineAsync($"Không nhập được {file}; chưa thay đổi gì trong {database.FilePath}:");
            foreach (var error in result.Errors)
            {
                await output.WriteLineAsync($"  dòng {error.Line}: {error.Message}");
            }

            return 1;
        }

        var counts = result.Counts!;
        await output.WriteLineAsync($"Đã nhập {file} vào {database.FilePath}: {counts.Added} thêm mới, {counts.Updated} cập nhật, {counts.Unchanged} không đổi.");
        return 0;
    }
}
