using Microsoft.Extensions.Time.Testing;
using QcdcBot.Storage.Delivery;
using QcdcBot.Storage.Database;
using QcdcBot.Storage.Deadlines;
using QcdcBot.Storage.Reminders;

namespace QcdcBot.Tests.Storage;

public sealed class ReminderStorageTests : IDisposable
{
    private readonly TempDatabase _db = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 2, 1, 0, 0, TimeSpan.Zero));
    private readonly ReminderLedgerStore _ledger;
    private readonly OutboxStore _outbox;

    public ReminderStorageTests()
    {
        _ledger = new ReminderLedgerStore(_db.Database, _time);
        _outbox = new OutboxStore(_db.Database, _time);
    }

    public void Dispose() => _db.Dispose();

    private async Task<long> DeadlineAsync()
    {
        var deadlines = new DeadlineStore(_db.Database, _time);
        var d = await deadlines.CreateAsync(new NewDeadline("Báo cáo quý", new DateOnly(2026, 3, 20), DeadlineScope.All, null, [], Recurrence.None, "20/3", "admin"));
        return d.Id;
    }

    private static OutboxItem Item(string chat, string? key = null) => new("telegram", chat, "u" + chat, "{\"t\":1}", key);

    [Fact]
    public async Task Migrating_an_existing_v1_file_reaches_the_latest_version()
    {
        await _db.Database.MigrateAsync();
        await using var connection = await _db.Database.OpenAsync();
        Assert.Equal(Migrations.LatestVersion, await Migrations.CurrentVersionAsync(connection, CancellationToken.None));
        foreach (var table in new[] { "reminder_ledger", "outbox", "deadline_reminders" })
        {
            Assert.Equal(1L, await connection.ScalarAsync<long>("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = $t", null, CancellationToken.None, ("$t", table)));
        }
    }

    [Fact]
    public async Task Recording_a_slot_writes_the_ledger_row_and_its_messages_together()
    {
        var d = await DeadlineAsync();

        Assert.True(await _ledger.RecordSlotAsync(d, 5, "before-7@2026-03-20", [Item("1", "k1"), Item("2", "k2")], ["before-14@2026-03-20"]));

        var entries = await _ledger.ForDeadlineAsync(d);
        Assert.Equal(
            [("before-14@2026-03-20", LedgerOutcome.Skipped), ("before-7@2026-03-20", LedgerOutcome.Sent)],
            entries.Select(e => (e.Slot, e.Outcome)).OrderBy(e => e.Slot, StringComparer.Ordinal));
        Assert.Equal(2, (await _outbox.AllAsync()).Count);
    }

    [Fact]
    public async Task Recording_the_same_slot_twice_writes_nothing_the_second_time()
    {
        var d = await DeadlineAsync();
        Assert.True(await _ledger.RecordSlotAsync(d, 5, "due@2026-03-20", [Item("1", "a")]));

        Assert.False(await _ledger.RecordSlotAsync(d, 5, "due@2026-03-20", [Item("1", "b"), Item("3", "c")], ["x"]));

        Assert.Single(await _outbox.AllAsync());
        Assert.Single(await _ledger.ForDeadlineAsync(d));
    }

    [Fact]
    public async Task A_failure_inside_the_transaction_leaves_neither_ledger_row_nor_messages()
    {
        var d = await DeadlineAsync();
        await _outbox.EnqueueAsync([Item("1", "taken")]);

        // Same dedupe key is ignored, not an error; a NULL body violates NOT NULL and aborts the whole write.
        await Assert.ThrowsAnyAsync<Exception>(() => _ledger.RecordSlotAsync(d, 5, "due@2026-03-20", [Item("2", "fresh"), Item("3") with { BodyJson = null! }]));

        Assert.Empty(await _ledger.ForDeadlineAsync(d));
        Assert.Single(await _outbox.AllAsync());
    }

    [Fact]
    public async Task Claimed_rows_are_hidden_until_the_lease_ends_and_count_an_attempt()
    {
        await _outbox.EnqueueAsync([Item("1"), Item("2")]);
        var now = _time.GetUtcNow();

        var first = await _outbox.ClaimDueAsync(now, 10, TimeSpan.FromMinutes(1));
        var again = await _outbox.ClaimDueAsync(now, 10, TimeSpan.FromMinutes(1));
        var afterLease = await _outbox.ClaimDueAsync(now.AddMinutes(2), 1, TimeSpan.FromMinutes(1));

        Assert.Equal(2, first.Count);
        Assert.All(first, m => Assert.Equal(1, m.Attempts));
        Assert.Empty(again);
        Assert.Single(afterLease);
        Assert.Equal(2, afterLease[0].Attempts);
    }

    [Fact]
    public async Task Sent_retried_and_failed_rows_keep_their_outcome()
    {
        await _outbox.EnqueueAsync([Item("1"), Item("2"), Item("3")]);
        var now = _time.GetUtcNow();
        var claimed = await _outbox.ClaimDueAsync(now, 10);

        await _outbox.MarkSentAsync(claimed[0].Id, "m-1");
        await _outbox.MarkRetryAsync(claimed[1].Id, now.AddSeconds(30), "timeout");
        await _outbox.MarkFailedAsync(claimed[2].Id, "chat not found");

        var rows = await _outbox.AllAsync();
        Assert.Equal((OutboxState.Sent, "m-1"), (rows[0].State, rows[0].ExternalMessageId));
        Assert.Equal((OutboxState.Pending, now.AddSeconds(30), "timeout"), (rows[1].State, rows[1].NextAttemptAt, rows[1].LastError));
        Assert.Equal((OutboxState.Failed, "chat not found"), (rows[2].State, rows[2].LastError));
        Assert.Empty(await _outbox.ClaimDueAsync(now.AddSeconds(29), 10));
        Assert.Single(await _outbox.ClaimDueAsync(now.AddSeconds(30), 10));
    }

    [Fact]
    public async Task Pausing_a_deadline_is_remembered_and_reported_once()
    {
        var d = await DeadlineAsync();
        var settings = new DeadlineReminderSettingsStore(_db.Database, _time);

        Assert.False((await settings.GetAsync(d)).Paused);
        Assert.False(await settings.SetPausedAsync(d, false, "admin"));
        Assert.True(await settings.SetPausedAsync(d, true, "admin"));
        Assert.False(await settings.SetPausedAsync(d, true, "admin"));
        Assert.True((await settings.GetAsync(d)).Paused);
        await settings.SetOverridesAsync(d, "5,1", new TimeOnly(9, 30), "admin");
        Assert.Equal(new DeadlineReminderSettings(d, true, "5,1", new TimeOnly(9, 30)), await settings.GetAsync(d));
        Assert.True(await settings.SetPausedAsync(d, false, "admin"));
        Assert.False((await settings.GetAsync(d)).Paused);
    }
}
