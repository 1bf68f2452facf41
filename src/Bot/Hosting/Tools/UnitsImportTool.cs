using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using QcdcBot.Storage;
using QcdcBot.Storage.Database;
using QcdcBot.Storage.Units;

namespace QcdcBot.Bot.Hosting.Tools;

/// <summary><c>units import &lt;file.csv&gt;</c>: the units from a CSV, all or nothing.</summary>
internal static class UnitsImportTool
{
    public static async Task<int> RunAsync(string file, string[] settings, TextWriter output, Action<IHostApplicationBuilder>? configure = null)
    {
        if (!File.Exists(file))
        {
            await output.WriteLineAsync($"Không tìm thấy tệp {file}.");
            return 2;
        }

        var builder = Host.CreateApplicationBuilder(settings);
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
