using System.Text.Json;
using System.Xml.Linq;

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
        var properties = ShippedConfigProperties();

        Assert.False(properties.GetProperty("System.GC.Server").GetBoolean());
        Assert.Equal(8 * 1024 * 1024, properties.GetProperty("System.GC.Gen0MaxBudget").GetInt64());
    }

    /// <summary>
    /// The idle memory figure (README, Performance, perf19) rests on this too: no background GC thread. It is in the
    /// runtimeconfig.json, so a publish carries it, and no environment variable is needed on the server.
    /// </summary>
    [Fact]
    public void The_bot_ships_without_background_garbage_collection()
    {
        var properties = ShippedConfigProperties();

        Assert.False(properties.GetProperty("System.GC.Concurrent").GetBoolean());
    }

    /// <summary>
    /// The first turn after a start and the CPU per update (README, Performance) rest on these: a publish for a platform
    /// is precompiled (ReadyToRun) and runs that code as it is, without tiers and without dynamic PGO; the start-up
    /// warm-up (Hosting/Warmup) covers what has no precompiled code. A plain build keeps tiering.
    /// </summary>
    [Fact]
    public void A_published_bot_is_precompiled_and_runs_that_code_without_tiers()
    {
        var project = XDocument.Load(BotProject());
        XElement Setting(string name) => Assert.Single(project.Descendants(name));

        var readyToRun = Setting("PublishReadyToRun");
        Assert.Equal("true", readyToRun.Value);
        Assert.Equal("'$(RuntimeIdentifier)' != ''", (string?)readyToRun.Attribute("Condition"));
        var tiers = Setting("TieredCompilation");
        Assert.Equal("false", tiers.Value);
        Assert.Equal("'$(RuntimeIdentifier)' != ''", (string?)tiers.Attribute("Condition"));
        Assert.Equal("false", Setting("TieredPGO").Value);
    }

    private static JsonElement ShippedConfigProperties()
    {
        // The build copies a referenced program's runtimeconfig.json beside the tests.
        var path = Path.Combine(AppContext.BaseDirectory, "QcdcBot.Bot.runtimeconfig.json");
        using var config = JsonDocument.Parse(File.ReadAllText(path));
        return config.RootElement.GetProperty("runtimeOptions").GetProperty("configProperties").Clone();
    }

    private static string BotProject()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var project = Path.Combine(folder.FullName, "src", "Bot", "QcdcBot.Bot.csproj");
            if (File.Exists(project))
            {
                return project;
            }
        }

        throw new FileNotFoundException("src/Bot/QcdcBot.Bot.csproj not found above the test folder");
    }
}
