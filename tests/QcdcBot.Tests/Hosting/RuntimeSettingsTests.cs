using System.Text.Json;

namespace QcdcBot.Tests.Hosting;

public sealed class RuntimeSettingsTests
{
    /// <summary>
    /// The bot's memory figure (README, Performance) rests on these two settings in the runtimeconfig.json that ships
    /// with the build: the Web SDK turns server GC on by default, and an environment variable would not travel with it.
    /// </summary>
    [Fact]
    public void The_bot_ships_workstation_gc_with_its_gen0_budget_capped_at_8_mb()
    {
        // The build copies a referenced program's runtimeconfig.json beside the tests.
        var path = Path.Combine(AppContext.BaseDirectory, "QcdcBot.Bot.runtimeconfig.json");
        using var config = JsonDocument.Parse(File.ReadAllText(path));
        var properties = config.RootElement.GetProperty("runtimeOptions").GetProperty("configProperties");

        Assert.False(properties.GetProperty("System.GC.Server").GetBoolean());
        Assert.Equal(8 * 1024 * 1024, properties.GetProperty("System.GC.Gen0MaxBudget").GetInt64());
    }
}
