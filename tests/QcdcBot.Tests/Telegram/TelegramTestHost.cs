using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using QcdcBot.Bot.Hosting;
using QcdcBot.Storage.Units;

namespace QcdcBot.Tests.Telegram;

/// <summary>The real bot host (BotHost) over a temp SQLite file, pointed at the fake Bot API. Can be stopped and started again.</summary>
public sealed class TelegramTestHost : IAsyncDisposable
{
    public const long Admin = 1001;

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "qcdcbot-tg-" + Guid.NewGuid().ToString("N"));
    private readonly Dictionary<string, string?> _settings;
    private readonly Action<IServiceCollection>? _services;
    private readonly Action<ILoggingBuilder>? _logging;
    private IHost? _host;

    /// <param name="services">Registrations made before the host's own, so they win over its TryAdds (e.g. a TimeProvider).</param>
    /// <param name="logging">Log providers of the test's own (the host's are cleared).</param>
    public TelegramTestHost(FakeBotApi api, IDictionary<string, string?>? extra = null, Action<IServiceCollection>? services = null, Action<ILoggingBuilder>? logging = null)
    {
        _services = services;
        _logging = logging;
        Directory.CreateDirectory(_folder);
        _settings = new Dictionary<string, string?>
        {
            ["Telegram:Token"] = FakeBotApi.Token,
            ["Telegram:ApiBaseUrl"] = api.BaseUrl,
            ["Telegram:PollTimeout"] = "00:00:01",
            // Longer than the poll floor (Telegram:MinPollInterval, 0.5 s): an album split over two getUpdates calls stays one.
            ["Telegram:AlbumWindow"] = "00:00:00.800",
            ["Telegram:RetryBaseDelay"] = "00:00:00.050",
            ["Telegram:RetryMaxDelay"] = "00:00:00.200",
            ["Storage:Path"] = Path.Combine(_folder, "qcdcbot.db"),
            // A reply whose send was cut off by a stop is claimed again after this lease.
            ["Dispatch:ClaimLease"] = "00:00:01",
            ["Dispatch:PollInterval"] = "00:00:00.200",
            // A send that failed (5xx, dropped connection) is tried again soon.
            ["Dispatch:FirstRetryDelay"] = "00:00:00.100",
            ["Dispatch:MaxRetryDelay"] = "00:00:01",
            ["Bot:Admins:0"] = $"telegram:{Admin}",
            ["Logging:LogLevel:Default"] = "Warning",
        };
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
        {
            _settings[key] = value;
        }
    }

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
            _logging?.Invoke(builder.Logging);
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
