using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using QcdcBot.Storage;
using QcdcBot.Storage.Database;
using QcdcBot.Storage.Deadlines;
using QcdcBot.Storage.Units;
using QcdcBot.Tests.Support;
using QcdcBot.Tests.Telegram;

namespace QcdcBot.Tests.Reliability;

/// <summary>The real bot process against a temp store and the fake Bot API: killed, restarted, given a store it cannot use.</summary>
public sealed class ChildBotTests : IAsyncLifetime
{
    private const long Admin = 1001;
    private const int Units = 300;
    private readonly string _folder = CoreServices.NewFolder("child");
    private FakeBotApi _api = null!;

    private string StorePath => Path.Combine(_folder, "qcdcbot.db");

    public async Task InitializeAsync() => _api = await FakeBotApi.StartAsync();

    public async Task DisposeAsync()
    {
        await _api.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Unprotect(StorePath);
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is not a test failure.
        }
    }

    [Fact]
    public async Task A_send_now_killed_mid_fan_out_is_done_again_whole_after_restart_each_unit_reminded_once_and_the_admin_told()
    {
        var deadline = await SeedAsync();
        // Each reminder row costs the first bot ~10 ms, so its fan-out takes seconds and the kill lands inside it on any machine.
        await ExecuteAsync(SlowLedger);
        _api.Enqueue(Updates.Text(Admin, $"/nhacngay #{deadline}"));

        using (var first = ChildBot.Start(Settings(dispatchPoll: "01:00:00")))
        {
            // Aimed at the write: the command is claimed and its fan-out under way.
            await WaitForAsync("SELECT COUNT(*) FROM inbox WHERE attempts > 0 AND event_id <> ''", n => n >= 1, first);
            await Task.Delay(150);
            first.Kill();
        }

        // One transaction per turn: the cut-off fan-out left nothing half-done behind (all or nothing).
        var atKill = await CountAsync("SELECT COUNT(*) FROM reminder_ledger WHERE slot LIKE 'manual-%'");
        Assert.True(atKill == 0, $"the fan-out had finished ({atKill} units) before the kill; the test needs a slower ledger to aim at");
        await ExecuteAsync("DROP TRIGGER slow_ledger");
        using var second = ChildBot.Start(Settings(dispatchPoll: "00:00:00.200"));
        var answer = await _api.WaitForMessageAsync(Admin, "Đã nhắc", TimeSpan.FromSeconds(60));
        await WaitForRemindersAsync(Units, second);

        var reminders = _api.CallsTo("sendMessage")
            .Where(c => (c.Body["text"]?.GetValue<string>() ?? string.Empty).StartsWith("⏰ Nhắc việc", StringComparison.Ordinal))
            .GroupBy(c => c.Body["chat_id"]!.GetValue<long>())
            .ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(Units, reminders.Count);
        Assert.All(reminders, r => Assert.Equal(1, r.Value));
        Assert.Contains("bị gián đoạn lần trước", answer.Body["text"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains($"Đã nhắc {Units} đơn vị", answer.Body["text"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Single(_api.MessagesTo(Admin), m => m.Contains("Đã nhắc", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_read_only_store_ends_the_process_with_a_non_zero_code_and_says_why()
    {
        await SeedAsync();
        Protect(StorePath);

        using var bot = ChildBot.Start(Settings(dispatchPoll: "00:00:00.200"));
        var code = await bot.ExitCodeAsync(TimeSpan.FromSeconds(60));

        Assert.True(code == 74, bot.Output);
        Assert.True(bot.Output.Contains("QcdcBot stops: the store", StringComparison.Ordinal), bot.Output);
        Assert.Contains("Fix:", bot.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", bot.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_second_bot_on_the_same_store_stops_with_a_non_zero_code_and_the_first_keeps_running()
    {
        await SeedAsync();
        using var first = ChildBot.Start(Settings(dispatchPoll: "00:00:00.200"));
        await _api.WaitForAsync("getUpdates", timeout: TimeSpan.FromSeconds(60));

        using var second = ChildBot.Start(Settings(dispatchPoll: "00:00:00.200"));
        var code = await second.ExitCodeAsync(TimeSpan.FromSeconds(60));

        Assert.True(code == 75, second.Output);
        Assert.Contains("Another QcdcBot is already running on", second.Output, StringComparison.Ordinal);
        Assert.False(first.HasExited);
    }

    private Dictionary<string, string> Settings(string dispatchPoll) => new()
    {
        ["Telegram:Token"] = FakeBotApi.Token,
        ["Telegram:ApiBaseUrl"] = _api.BaseUrl,
        ["Telegram:PollTimeout"] = "00:00:01",
        ["Storage:Path"] = StorePath,
        ["Bot:Admins:0"] = $"telegram:{Admin}",
        ["Dispatch:PollInterval"] = dispatchPoll,
        ["Dispatch:Telegram:PerSecond"] = "1000",
        // The cron must not fire a sweep of its own during the test, whatever the time of day.
        ["Reminders:SweepCron"] = "0 0 0 1 1 ? 2099",
        ["Logging:LogLevel:Default"] = "Warning",
    };

    /// <summary>A store with <see cref="Units"/> units, each with one bound secretary (chat 100000 + unit id), and one open deadline for all.</summary>
    private async Task<long> SeedAsync()
    {
        using var database = new SqliteDatabase(Options.Create(new StorageOptions { Path = StorePath }));
        var time = TimeProvider.System;
        var rows = Enumerable.Range(1, Units).Select(i => new UnitRow($"U{i:D3}", $"Chi bộ U{i:D3}", UnitKind.ChiBo, [])).ToList();
        await new UnitStore(database, time).UpsertAsync(rows, "test");
        await database.InTransactionAsync(async (c, t) =>
        {
            foreach (var unit in await new UnitStore(database, time).AllAsync())
            {
                var id = (100000 + unit.Id).ToString(CultureInfo.InvariantCulture);
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

    /// <summary>Busy work in SQLite itself on every manual reminder row: the test's window, not a sleep in the bot.</summary>
    private const string SlowLedger = """
        CREATE TRIGGER slow_ledger AFTER INSERT ON reminder_ledger WHEN NEW.slot LIKE 'manual-%'
        BEGIN
            SELECT COUNT(*) FROM (WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 40000) SELECT i FROM n);
        END
        """;

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={StorePath};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    private async Task<int> CountAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={StorePath};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        return (int)(await connection.ScalarAsync<long>(sql, null, default));
    }

    private async Task<int> WaitForAsync(string sql, Func<int, bool> reached, ChildBot bot)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(60))
        {
            try
            {
                var count = await CountAsync(sql);
                if (reached(count))
                {
                    return count;
                }
            }
            catch (SqliteException)
            {
                // Not created or migrated yet.
            }

            if (bot.HasExited)
            {
                break;
            }

            await Task.Delay(2);
        }

        throw new TimeoutException("The command was never taken. Output:\n" + bot.Output);
    }

    private async Task WaitForRemindersAsync(int chats, ChildBot bot)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(60))
        {
            var reached = _api.CallsTo("sendMessage")
                .Where(c => (c.Body["text"]?.GetValue<string>() ?? string.Empty).StartsWith("⏰ Nhắc việc", StringComparison.Ordinal))
                .Select(c => c.Body["chat_id"]!.GetValue<long>()).Distinct().Count();
            if (reached >= chats)
            {
                // A little longer, so a repeat would show up.
                await Task.Delay(500);
                return;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException("Not every unit got its reminder. Output:\n" + bot.Output);
    }

    /// <summary>Read-only for everyone: immutable when the tests run as root (who ignores permissions), else mode 0444.</summary>
    private static void Protect(string path)
    {
        if (Environment.UserName == "root")
        {
            Run("chattr", "+i", path);
        }
        else if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        }
    }

    private static void Unprotect(string path)
    {
        if (File.Exists(path) && Environment.UserName == "root")
        {
            Run("chattr", "-i", path);
        }
    }

    private static void Run(string tool, params string[] args)
    {
        using var process = Process.Start(new ProcessStartInfo(tool, args) { UseShellExecute = false })!;
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
    }
}
