using System.Text.Json.Nodes;
using QcdcBot.Storage.Database;
using QcdcBot.Tests.Telegram;

namespace QcdcBot.Tests.Reliability;

/// <summary>A fast slice of the chaos harness's fuzz run: hostile updates from strangers through the real poller.</summary>
public sealed class FuzzedPollingTests : RunningTelegramHost
{
    private const int Count = 300;

    [Fact]
    public async Task Hundreds_of_hostile_updates_through_the_poller_crash_nothing_write_nothing_and_do_not_wedge_it()
    {
        var before = await WritesAsync();
        Api.EnqueueJunk("null");
        Api.EnqueueJunk("""{"update_id": 92233720368547758070, "message": {"message_id": 1}}""");
        foreach (var update in FuzzCorpus.Create(Count, seed: 14))
        {
            Api.Enqueue(update);
        }

        // An ordinary message after them all still gets its answer: nothing wedged the inbox.
        Api.Enqueue(Updates.Text(TelegramTestHost.Admin, "/hanchot"));
        await Api.WaitForAsync("sendMessage", c => c.Body["chat_id"]?.GetValue<long>() == TelegramTestHost.Admin, TimeSpan.FromSeconds(90));

        var waited = System.Diagnostics.Stopwatch.StartNew();
        while ((Api.QueuedUpdates() > 0 || await PendingAsync() > 0) && waited.Elapsed < TimeSpan.FromSeconds(90))
        {
            await Task.Delay(100);
        }

        Assert.Equal(0, Api.QueuedUpdates());
        Assert.Equal(0, await PendingAsync());
        Assert.Equal(before, await WritesAsync());
        // Only a full answer (100, more waiting) is followed at once; every other call keeps the poll floor, so junk
        // that comes back in every answer cannot make the poller spin.
        var calls = Api.CallsTo("getUpdates");
        var polls = calls.Where((c, i) => i == 0 || calls[i - 1].Result is not JsonArray { Count: >= 100 }).Select(c => c.At).ToList();
        var busiest = polls.Max(t => polls.Count(u => u >= t && u < t + TimeSpan.FromSeconds(1)));
        Assert.True(busiest <= 3, $"{busiest} getUpdates calls in one second after answers that were not full");
    }

    private async Task<long> PendingAsync()
    {
        await using var connection = await App.Get<SqliteDatabase>().OpenAsync();
        return await connection.ScalarAsync<long>("SELECT COUNT(*) FROM inbox WHERE state = 'pending'", null, default);
    }

    /// <summary>Rows only an admin or a bound secretary can cause; strangers must add none.</summary>
    private async Task<long> WritesAsync()
    {
        await using var connection = await App.Get<SqliteDatabase>().OpenAsync();
        return await connection.ScalarAsync<long>(
            "SELECT (SELECT COUNT(*) FROM deadlines) + (SELECT COUNT(*) FROM submissions) + (SELECT COUNT(*) FROM status_notes) + " +
            "(SELECT COUNT(*) FROM extension_requests) + (SELECT COUNT(*) FROM members WHERE unit_id IS NOT NULL)",
            null, default);
    }
}
