using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using QcdcBot.Bot.Hosting;
using QcdcBot.Storage.Units;

namespace QcdcBot.Tests.Support;

/// <summary>The real bot host (BotHost) over a temp SQLite file with the given settings. Can be stopped and started again.</summary>
public sealed class BotTestHost : IAsyncDisposable
{
    private readonly string _folder = CoreServices.NewFolder("host");
    private readonly Dictionary<string, string?> _settings;
    private readonly Action<IServiceCollection>? _services;
    private IHost? _host;

    /// <param name="services">Registrations made before the host's own, so they win over its TryAdds (e.g. a TimeProvider).</param>
    public BotTestHost(IDictionary<string, string?> settings, Action<IServiceCollection>? services = null)
    {
        _services = services;
        _settings = new Dictionary<string, string?>
        {
            ["Storage:Path"] = Path.Combine(_folder, "qcdcbot.db"),
            // A reply whose send was cut off by a stop is claimed again after this lease.
            ["Dispatch:ClaimLease"] = "00:00:01",
            ["Dispatch:PollInterval"] = "00:00:00.200",
            ["Logging:LogLevel:Default"] = "Warning",
        };
        foreach (var (key, value) in settings)
        {
            _settings[key] = value;
        }
    }

    public string Folder => _folder;

    /// <summary>Every log line of the host at warning and above (the host's other providers are removed).</summary>
    public RecordedLogs Logs { get; } = new();

    public IServiceProvider Services => _host!.Services;

    public T Get<T>()
        where T : notnull => Services.GetRequiredService<T>();

    public async Task StartAsync(bool seedUnits = true)
    {
        _host = BotHost.Create([], builder =>
        {
            builder.Configuration.AddInMemoryCollection(_settings);
            _services?.Invoke(builder.Services);
            builder.Logging.ClearProviders();
            builder.Logging.AddProvider(Logs);
        });
        await _host.StartAsync();
        if (seedUnits && (await Get<UnitStore>().AllAsync()).Count == 0)
        {
            using var reader = new StreamReader(Path.Combine(AppContext.BaseDirectory, "Fixtures", "units.sample.csv"));
            Assert.True((await Get<UnitCsvImporter>().ImportAsync(reader, "test")).Succeeded);
        }
    }

    public async Task StopAsync()
    {
        if (_host is null)
        {
            return;
        }

        await _host.StopAsync(TimeSpan.FromSeconds(10));
        _host.Dispose();
        _host = null;
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A pooled connection may still hold the file for a moment; the temp folder is cleaned by the OS later.
        }
    }
}
