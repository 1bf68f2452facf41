using Microsoft.Extensions.Hosting;
using QcdcBot.Bot.Exports;
using QcdcBot.Bot.Hosting.Tools;

namespace QcdcBot.Bot.Hosting;

/// <summary>The office's command-line tools, run against the store at <c>Storage:Path</c>; each lives in its own file under <c>Tools/</c>.</summary>
internal static class CommandLineTools
{
    private const string Usage =
        "Cách dùng:\n  dotnet run --project src/Bot                       chạy bot (không có token: trò chuyện thử trên máy)\n" +
        "  dotnet run --project src/Bot -- units import <file.csv> [--create]     --create: lần nhập đầu, tạo cơ sở dữ liệu\n" +
        "  dotnet run --project src/Bot -- export [--deadline <việc>] --out <file.xlsx>\n" +
        "  dotnet run --project src/Bot -- congvan <file.docx|.pdf|.txt> [--create [--allow-past]]\n" +
        "  dotnet run --project src/Bot -- backup --out <tệp.db>        sao lưu khi bot đang chạy\n" +
        "  dotnet run --project src/Bot -- restore --from <tệp.db>      khôi phục (dừng bot trước)\n" +
        "  dotnet run --project src/Bot -- doctor                       kiểm tra cài đặt, cơ sở dữ liệu, kênh\n" +
        "Thêm --Storage:Path <tệp .db> để chọn cơ sở dữ liệu (mặc định data/qcdcbot.db; bản thử là data/demo.db).";

    /// <summary>
    /// Anything but configuration overrides (<c>--Storage:Path …</c>) is a tool call, so a mistyped tool name gets the
    /// usage instead of silently starting the bot.
    /// </summary>
    /// <remarks>
    /// Settings may stand before the tool's name too (<c>--Storage:Path x.db units import f.csv</c>): a word after them is a
    /// tool call, never the chat opened with the tool's words dropped.
    /// </remarks>
    public static bool IsTool(string[] args) => InOrder(args) is [var first, ..] && (!first.StartsWith("--", StringComparison.Ordinal) || first is "--help");

    public static async Task<int> RunAsync(string[] args, TextWriter? output = null, Action<IHostApplicationBuilder>? configure = null, TimeProvider? time = null)
    {
        output ??= Console.Out;
        switch (InOrder(args))
        {
            case ["export", .. var rest]:
                return await ExportCommand.RunAsync(rest, output, configure);
            case ["congvan", .. var rest]:
                return await Letters.LetterCommand.RunAsync(rest, output, configure);
            case ["units", "import", var file, .. var rest]:
                return await UnitsImportTool.RunAsync(file, rest, output, configure);
            case ["backup", .. var rest]:
                return await BackupTool.RunAsync(rest, output, configure);
            case ["restore", .. var rest]:
                return await RestoreTool.RunAsync(rest, output, time ?? TimeProvider.System, configure);
            case ["doctor", .. var rest]:
                return await DoctorTool.RunAsync(rest, output, configure);
            default:
                await output.WriteLineAsync(Usage);
                return 2;
        }
    }

    /// <summary>
    /// The arguments with the settings typed before the tool's name (<c>--Storage:Path x.db</c>, <c>--Key=value</c>) moved
    /// after it, where each tool reads them; unchanged when nothing but settings is given (the bot itself).
    /// </summary>
    private static string[] InOrder(string[] args)
    {
        var i = 0;
        while (i < args.Length && args[i].StartsWith("--", StringComparison.Ordinal) && args[i] is not "--help")
        {
            i += args[i].Contains('=', StringComparison.Ordinal) || i + 1 == args.Length ? 1 : 2;
        }

        return i is 0 || i >= args.Length ? args : [.. args[i..], .. args[..i]];
    }
}
