using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using QcdcBot.Storage;
using QcdcBot.Storage.Database;
using QcdcBot.Storage.Deadlines;
using QcdcBot.Storage.Units;
using QcdcBot.Tests.Reliability;
using QcdcBot.Tests.Telegram;

namespace QcdcBot.Chaos;

/// <summary>
/// One trial's world: a temp store, the fake Bot API on loopback, and the real bot as a child process started
/// against them (as many times as the scenario kills it).
/// </summary>
internal sealed class Arena : IAsyncDisposable
{
    public const long Admin = 1001;

    private readonly List<ChildBot> _bots = [];

    private Arena(string folder, FakeBotApi api)
    {
        Folder = folder;
        Api = api;
        StorePath = Path.Combine(folder, "qcdcbot.db");
    }

    public string Folder { get; }

    public string StorePath { get; set; }

    public FakeBotApi Api { get; }

    public IReadOnlyList<ChildBot> Bots => _bots;

    public static async Task<Arena> CreateAsync(string? folder = null)
    {
        folder ??= Path.Combine(Path.GetTempPath(), "qcdcbot-chaos", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return new Arena(folder, await FakeBotApi.StartAsync());
    }

    public Dictionary<string, string> Settings(IReadOnlyDictionary<string, string>? extra = null)
    {
        var settings = new Dictionary<string, string>
        {
            ["Telegram:Token"] = FakeBotApi.Token,
            ["Telegram:ApiBaseUrl"] = Api.BaseUrl,
            ["Telegram:PollTimeout"] = "00:00:01",
            ["Telegram:RequestTimeout"] = "00:00:05",
            ["Storage:Path"] = StorePath,
            ["Storage:RetryMaxDelay"] = "00:00:02",
            ["Storage:AlertAfter"] = "00:00:05",
            ["Bot:Admins:0"] = $"telegram:{Admin}",
            ["Dispatch:PollInterval"] = "00:00:00.200",
            ["Dispatch:ClaimLease"] = "00:00:10",
            // The cron must not fire a sweep of its own during a trial.
            ["Reminders:SweepCron"] = "0 0 0 1 1 ? 2099",
            ["Logging:LogLevel:Default"] = "Warning",
        };
        foreach (var (key, value) in extra ?? new Dictionary<string, string>())
        {
            settings[key] = value;
        }

        return settings;
    }

    public ChildBot Start(IReadOnlyDictionary<string, string>? extra = null)
    {
        var bot = ChildBot.Start(Settings(extra));
        _bots.Add(bot);
        return bot;
    }

    /// <summary><paramref name="units"/> units with one bound secretary each (chat <see cref="Secretary"/>), one open deadline for all. Returns its id.</summary>
    public async Task<long> SeedAsync(int units)
    {
        using var database = new SqliteDatabase(Options.Create(new StorageOptions { Path = StorePath }));
        var time = TimeProvider.System;
        var store = new UnitStore(database, time);
        await store.UpsertAsync(Enumerable.Range(1, units).Select(i => new UnitRow($"U{i:D3}", $"Chi bộ U{i:D3}", UnitKind.ChiBo, [])).ToList(), "chaos");
        var all = await store.AllAsync();
        await database.InTransactionAsync(async (c, t) =>
        {
            foreach (var unit in all)
            {
                var id = Secretary(unit.Id).ToString(CultureInfo.InvariantCulture);
                await c.ExecuteAsync(
                    "INSERT INTO members (unit_id, channel, user_id, chat_id, display_name, role, reachable, bound_at) VALUES ($u, 'telegram', $id, $id, $name, 'secretary', 1, $now)",
                    t, CancellationToken.None, ("$u", unit.Id), ("$id", id), ("$name", "Bí thư " + unit.Code), ("$now", time.GetUtcNow()));
            }
        });
        var due = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime).AddDays(20);
        var deadline = await new DeadlineStore(database, time).CreateAsync(
            new NewDeadline("Báo cáo sơ kết", due, DeadlineScope.All, null, [], Recurrence.None, due.ToString("dd/MM", CultureInfo.InvariantCulture), "admin"));
        return deadline.Id;
    }

    public static long Secretary(long unitId) => 100000 + unitId;

    /// <summary>A read of the store from outside the bot (no pool, so nothing stays open).</summary>
    public async Task<long> CountAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={StorePath};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }

    /// <summary>Accepted sendMessage calls per chat whose text starts with <paramref name="prefix"/>.</summary>
    public Dictionary<long, int> Accepted(string prefix) => Api.CallsTo("sendMessage")
        .Where(c => c.Result is not null && (c.Body["text"]?.GetValue<string>() ?? string.Empty).StartsWith(prefix, StringComparison.Ordinal))
        .GroupBy(c => c.Body["chat_id"]!.GetValue<long>())
        .ToDictionary(g => g.Key, g => g.Count());

    /// <summary>Accepted sends that broke Telegram's limits: a second message to one chat within 1 s, more than 30 in any second.</summary>
    public int OverLimit()
    {
        var sends = Api.Calls.Where(c => c.Method is "sendMessage" or "sendDocument" && c.Result is not null).OrderBy(c => c.At).ToList();
        var over = 0;
        foreach (var chat in sends.GroupBy(c => c.Body["chat_id"]?.ToString()))
        {
            var times = chat.Select(c => c.At).ToList();
            over += times.Zip(times.Skip(1)).Count(p => p.Second - p.First < TimeSpan.FromSeconds(0.9));
        }

        for (var i = 30; i < sends.Count; i++)
        {
            over += sends[i].At - sends[i - 30].At < TimeSpan.FromSeconds(0.95) ? 1 : 0;
        }

        return over;
    }

    public static async Task<bool> WaitAsync(Func<bool> done, TimeSpan timeout)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (clock.Elapsed < timeout)
        {
            if (done())
            {
                return true;
            }

            await Task.Delay(50);
        }

        return done();
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var bot in _bots)
        {
            bot.Dispose();
        }

        await Api.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A mount point or a leftover file: the temp cleaner gets it.
        }
    }
}
