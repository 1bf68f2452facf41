using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using QcdcBot.Storage;
using QcdcBot.Storage.Database;
using QcdcBot.Storage.Units;

namespace QcdcBot.Bot.Hosting.Tools;

/// <summary>
/// <c>units import &lt;file.csv&gt; [--create]</c>: the units from a CSV, all or nothing, into the store at Storage:Path
/// (which must exist unless --create is given, so a mistyped path is not a new empty store).
/// </summary>
internal static class UnitsImportTool
{
    public const string Usage = "Cách dùng: dotnet run --project src/Bot -- units import <tệp.csv> [--create] [--allow-same-name] [--Storage:Path <tệp.db>]";

    public const string SaveAsUtf8 =
        "Trong Excel: File (Tệp) → Save As (Lưu thành) → ở ô \"Save as type\" chọn \"CSV UTF-8 (Comma delimited) (*.csv)\" → Save, rồi nhập lại tệp mới.";

    /// <returns>0: imported; 1: the file's rows or the store could not be used (nothing written); 2: bad arguments or file.</returns>
    public static async Task<int> RunAsync(string file, string[] args, TextWriter output, Action<IHostApplicationBuilder>? configure = null)
    {
        var parsed = ToolArguments.Parse(args, [], ["--create", "--allow-same-name"]);
        if (parsed.Error is { } error)
        {
            await output.WriteLineAsync($"{error}\n{Usage}");
            return 2;
        }

        if (!File.Exists(file))
        {
            await output.WriteLineAsync($"Không tìm thấy tệp {file}.");
            return 2;
        }

        var bytes = await File.ReadAllBytesAsync(file);
        if (Utf8Text(bytes) is not { } text)
        {
            await output.WriteLineAsync(NotUtf8(file, bytes));
            return 2;
        }

        var builder = Host.CreateApplicationBuilder(parsed.Settings);
        configure?.Invoke(builder);
        builder.AddStorage();
        using var host = builder.Build();
        var database = host.Services.GetRequiredService<SqliteDatabase>();
        if (!File.Exists(database.FilePath) && !parsed.Flags.Contains("--create"))
        {
            // Opening would create an empty store at a mistyped path, and the bot would never see these units.
            await output.WriteLineAsync($"Không tìm thấy cơ sở dữ liệu {database.FilePath}. Kiểm tra Storage:Path; nếu đây là lần nhập đầu tiên (chưa có cơ sở dữ liệu), thêm --create.");
            return 1;
        }

        await database.MigrateAsync();
        var result = await host.Services.GetRequiredService<UnitCsvImporter>().ImportAsync(new StringReader(text), "cli:units-import", allowSameName: parsed.Flags.Contains("--allow-same-name"));
        if (!result.Succeeded)
        {
            await output.WriteLineAsync($"Không nhập được {file}; chưa thay đổi gì trong {database.FilePath}:");
            foreach (var problem in result.Errors)
            {
                await output.WriteLineAsync($"  dòng {problem.Line}: {problem.Message}");
            }

            return 1;
        }

        var counts = result.Counts!;
        await output.WriteLineAsync($"Đã nhập {file} vào {database.FilePath}: {counts.Added} thêm mới, {counts.Updated} cập nhật, {counts.Unchanged} không đổi.");
        return 0;
    }

    /// <summary>The text of a UTF-8 file (with or without BOM), or null when it is not valid UTF-8.</summary>
    internal static string? Utf8Text(byte[] bytes)
    {
        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    /// <summary>
    /// Excel's plain "CSV" on a Vietnamese Windows computer is Windows-1258: read as UTF-8 its names would be garbled
    /// in every reminder, so it is refused with where the first bad byte is and how to save the file again.
    /// </summary>
    private static string NotUtf8(string file, byte[] bytes)
    {
        var line = 1;
        var decoder = new UTF8Encoding(false, throwOnInvalidBytes: true);
        var start = 0;
        for (var i = 0; i <= bytes.Length; i++)
        {
            if (i < bytes.Length && bytes[i] != (byte)'\n')
            {
                continue;
            }

            try
            {
                decoder.GetString(bytes, start, i - start);
            }
            catch (DecoderFallbackException)
            {
                break;
            }

            line++;
            start = i + 1;
        }

        return $"Tệp {file} không phải UTF-8 (từ dòng {line} có chữ không đọc được; có lẽ Excel đã lưu bằng bảng mã Windows-1258 " +
               $"hay một bảng mã khác), nên chưa nhập gì để tên đơn vị không bị lỗi font.\n{SaveAsUtf8}";
    }
}
