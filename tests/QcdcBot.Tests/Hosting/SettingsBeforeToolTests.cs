using QcdcBot.Bot.Hosting;
using QcdcBot.Tests.Support;

namespace QcdcBot.Tests.Hosting;

/// <summary>
/// "--Storage:Path x.db units import f.csv": settings typed before the tool's name run the tool as they do after it, never
/// the chat with the tool's words dropped and a store created the tool would have refused; a word that names no tool gets the usage.
/// </summary>
public sealed class SettingsBeforeToolTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Units_import_after_the_store_path_refuses_a_missing_store_and_creates_none()
    {
        var (csv, store) = await UnitsFileAsync();
        string[] args = ["--Storage:Path", store, "units", "import", csv];
        var output = new StringWriter();

        var exit = CommandLineTools.IsTool(args) ? await CommandLineTools.RunAsync(args, output) : -1;

        Assert.True(exit == 1, output.ToString());
        Assert.Contains($"Không tìm thấy cơ sở dữ liệu {store}", output.ToString(), StringComparison.Ordinal);
        Assert.False(File.Exists(store));
    }

    [Theory]
    [InlineData("--Storage:Path")]
    [InlineData("--Storage:Path=")]
    public async Task Units_import_after_the_store_path_with_create_imports_into_that_store(string setting)
    {
        var (csv, store) = await UnitsFileAsync();
        string[] args = setting.EndsWith('=') ? [setting + store, "units", "import", csv, "--create"] : [setting, store, "units", "import", csv, "--create"];
        var output = new StringWriter();

        var exit = CommandLineTools.IsTool(args) ? await CommandLineTools.RunAsync(args, output) : -1;

        Assert.True(exit == 0, output.ToString());
        Assert.Contains("1 thêm mới", output.ToString(), StringComparison.Ordinal);
        Assert.True(File.Exists(store));
    }

    [Fact]
    public async Task Export_after_the_store_path_reads_that_store()
    {
        var store = Path.Combine(_temp.Path, "khong-co.db");
        var file = Path.Combine(_temp.Path, "tong-hop.xlsx");
        string[] args = ["--Storage:Path", store, "export", "--out", file];
        var output = new StringWriter();

        var exit = CommandLineTools.IsTool(args) ? await CommandLineTools.RunAsync(args, output) : -1;

        Assert.True(exit == 1, output.ToString());
        Assert.Contains($"Không tìm thấy cơ sở dữ liệu {store}", output.ToString(), StringComparison.Ordinal);
        Assert.False(File.Exists(store));
    }

    [Fact]
    public async Task A_word_after_the_settings_that_names_no_tool_gets_the_usage_and_settings_alone_start_the_bot()
    {
        var store = Path.Combine(_temp.Path, "store.db");
        string[] args = ["--Storage:Path", store, "unit", "import", "f.csv"];
        var output = new StringWriter();

        var exit = CommandLineTools.IsTool(args) ? await CommandLineTools.RunAsync(args, output) : -1;

        Assert.Equal(2, exit);
        Assert.Contains("Cách dùng", output.ToString(), StringComparison.Ordinal);
        Assert.False(File.Exists(store));
        Assert.False(CommandLineTools.IsTool(["--Storage:Path", store]));
        Assert.False(CommandLineTools.IsTool(["--Storage:Path", store, "--Telegram:Token", "x"]));
    }

    private async Task<(string Csv, string Store)> UnitsFileAsync()
    {
        var csv = Path.Combine(_temp.Path, "donvi.csv");
        await File.WriteAllTextAsync(csv, "code,name,kind\nCTK,Chi bộ Cục Thống kê,chi bộ\n");
        return (csv, Path.Combine(_temp.Path, "khong-co.db"));
    }
}
