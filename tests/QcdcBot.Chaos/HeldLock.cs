using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using QcdcBot.Tests.Reliability;
using QcdcBot.Tests.Telegram;

namespace QcdcBot.Chaos;

/// <summary>Another process holds the store's write lock (exclusive locking mode) while the bot starts.</summary>
internal static class HeldLock
{
    public static async Task<Row> RunAsync(ChaosOptions o)
    {
        await using var arena = await Arena.CreateAsync();
        await arena.SeedAsync(5);
        ChildBot bot;
        var clock = Stopwatch.StartNew();
        await using (var holder = new SqliteConnection($"Data Source={arena.StorePath};Pooling=False"))
        {
            await holder.OpenAsync();
            await using (var take = holder.CreateCommand())
            {
                take.CommandText = "PRAGMA locking_mode=EXCLUSIVE; BEGIN EXCLUSIVE; UPDATE units SET name = name WHERE id = 1;";
                await take.ExecuteNonQueryAsync();
            }

            bot = arena.Start();
            arena.Api.Enqueue(Updates.Text(Arena.Secretary(1), "đang làm"));
            await Task.Delay(o.LockHeld);
            await using var release = holder.CreateCommand();
            release.CommandText = "COMMIT;";
            await release.ExecuteNonQueryAsync();
        }

        var answered = await Arena.WaitAsync(() => arena.Api.MessagesTo(Arena.Secretary(1)).Count > 0, TimeSpan.FromMinutes(3));
        return new Row(
            $"writer lock held {o.LockHeld.TotalSeconds:0} s at start",
            1,
            answered ? "0 of 1" : "1 of 1",
            Math.Max(0, arena.Api.MessagesTo(Arena.Secretary(1)).Count - 1).ToString(CultureInfo.InvariantCulture),
            "-",
            bot.HasExited ? (await bot.ExitCodeAsync(TimeSpan.FromSeconds(1))).ToString(CultureInfo.InvariantCulture) : "running",
            $"the message sent during the lock answered {clock.Elapsed.TotalSeconds:0} s after start");
    }
}
