using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;
using QcdcBot.Storage.Conversations;
using QcdcBot.Storage.Deadlines;
using QcdcBot.Storage.Statuses;
using QcdcBot.Storage.Submissions;
using QcdcBot.Storage.Units;

namespace QcdcBot.Tests.Storage;

/// <summary>
/// The reads every inbound turn makes are read off indexes: which deadlines' notices are held (asked by every list of
/// a unit's deadlines) and the year's last receipt number (asked inside every hand-in's write transaction).
/// </summary>
public sealed class InboundIndexTests : IDisposable
{
    private readonly TempDatabase _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Held_notices_are_found_in_the_open_question_and_in_the_one_put_aside_and_read_off_their_indexes()
    {
        var states = new ConversationStateStore(_temp.Database, new FakeTimeProvider(new DateTimeOffset(2026, 11, 30, 3, 0, 0, TimeSpan.Zero)));
        await states.SaveAsync("telegram", "1", "1", """{"pending":{"announceDeadlineId":5},"displaced":null}""");
        await states.SaveAsync("telegram", "2", "2", """{"pending":{"id":"q"},"displaced":{"announceDeadlineId":7}}""");
        await states.SaveAsync("zalo", "3", "3", """{"pending":null,"displaced":null}""");

        Assert.Equal([5L, 7L], (await states.HeldNoticesAsync()).Order());
        Assert.True(await states.HoldsNoticeAsync(7));
        Assert.False(await states.HoldsNoticeAsync(6));

        // Once the question is answered the state no longer holds it, and neither read sees it.
        await states.SaveAsync("telegram", "1", "1", """{"pending":null,"displaced":null}""");
        Assert.Equal([7L], await states.HeldNoticesAsync());
        Assert.False(await states.HoldsNoticeAsync(5));

        // Off the indexes alone (SQLite reads the held number from the index entry), never a parse of every state.
        var all = await PlanAsync(HeldNotices.AllSql);
        var any = await PlanAsync(HeldNotices.AnySql, ("$v", 7L));
        Assert.Contains(all, step => step.Contains("INDEX conversation_state_held_pending", StringComparison.Ordinal));
        Assert.Contains(all, step => step.Contains("INDEX conversation_state_held_displaced", StringComparison.Ordinal));
        Assert.Contains(any, step => step.Contains("INDEX conversation_state_held_pending (<expr>=?)", StringComparison.Ordinal));
        Assert.Contains(any, step => step.Contains("INDEX conversation_state_held_displaced (<expr>=?)", StringComparison.Ordinal));
        Assert.DoesNotContain(all.Concat(any), step => step.EndsWith("SCAN conversation_state", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_years_last_receipt_number_is_read_off_its_index_not_a_scan_of_every_submission()
    {
        var plan = await PlanAsync(ReceiptNumbers.LastSql, ("$prefix", "BN2026-"));

        Assert.Contains(plan, step => step.Contains("INDEX submissions_receipt_year (<expr>=?)", StringComparison.Ordinal));
        Assert.DoesNotContain(plan, step => step.StartsWith("SCAN submissions", StringComparison.Ordinal));
    }

    [Fact]
    public async Task One_units_latest_status_notes_are_read_off_the_index_by_deadline_and_unit_not_every_units_notes()
    {
        // Every status reply reads its unit's latest notes; the notes of every unit of the deadline grow with every reply.
        var one = await PlanAsync(StatusNoteStore.LatestSql(7), ("$ids", "[1,2]"), ("$unit", 7L));
        var all = await PlanAsync(StatusNoteStore.LatestSql(null), ("$ids", "[1,2]"));

        Assert.Contains(one, step => step.Contains("(deadline_id=? AND unit_id=?)", StringComparison.Ordinal));
        Assert.Contains(all, step => step.Contains("(deadline_id=?)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task One_units_latest_status_notes_are_its_own_and_every_units_are_each_ones_latest()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 30, 3, 0, 0, TimeSpan.Zero));
        var notes = new StatusNoteStore(_temp.Database, time);
        var units = new UnitStore(_temp.Database, time);
        await new UnitCsvImporter(units).ImportAsync(new StringReader("code,name,kind\nNHNN,Đảng bộ Ngân hàng Nhà nước,đảng bộ\nCTK,Chi bộ Cục Thống kê,chi bộ\n"), "test");
        var (first, second) = ((await units.FindByCodeAsync("NHNN"))!.Id, (await units.FindByCodeAsync("CTK"))!.Id);
        var deadline = (await new DeadlineStore(_temp.Database, time).CreateAsync(
            new NewDeadline("Báo cáo quý", new DateOnly(2026, 12, 20), DeadlineScope.All, null, [], Recurrence.None, "20/12", "admin"))).Id;
        await notes.AddAsync(first, deadline, StatusState.InProgress, "đang làm", null, "telegram:1");
        await notes.AddAsync(second, deadline, StatusState.InProgress, "đang làm", null, "telegram:2");
        await notes.AddAsync(first, deadline, StatusState.SentOnPaper, "đã gửi bản giấy", null, "telegram:1");

        var own = Assert.Single(await notes.LatestForDeadlinesAsync([deadline], first));
        Assert.Equal((first, StatusState.SentOnPaper), (own.UnitId, own.State));
        var every = await notes.LatestForDeadlinesAsync([deadline], null);
        Assert.Equal([(first, StatusState.SentOnPaper), (second, StatusState.InProgress)], every.Select(n => (n.UnitId, n.State)).Order());
    }

    [Fact]
    public async Task Deadlines_for_listed_units_each_list_their_own_units_when_listed_together()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 30, 3, 0, 0, TimeSpan.Zero));
        var units = new UnitStore(_temp.Database, time);
        await new UnitCsvImporter(units).ImportAsync(new StringReader("code,name,kind\nNHNN,Đảng bộ Ngân hàng Nhà nước,đảng bộ\nCTK,Chi bộ Cục Thống kê,chi bộ\nKBNN,Đảng bộ Kho bạc Nhà nước,đảng bộ\n"), "test");
        var ids = new List<long>();
        foreach (var code in new[] { "NHNN", "CTK", "KBNN" })
        {
            ids.Add((await units.FindByCodeAsync(code))!.Id);
        }

        var store = new DeadlineStore(_temp.Database, time);
        NewDeadline For(string title, params long[] unitIds) =>
            new(title, new DateOnly(2026, 12, 20), unitIds.Length == 0 ? DeadlineScope.All : DeadlineScope.Units, null, unitIds, Recurrence.None, "20/12", "admin");
        var two = await store.CreateAsync(For("Báo cáo hai đơn vị", ids[2], ids[0]));
        var every = await store.CreateAsync(For("Báo cáo chung"));
        var one = await store.CreateAsync(For("Báo cáo một đơn vị", ids[1]));

        var listed = (await store.ListAsync()).ToDictionary(d => d.Id);
        Assert.Equal([ids[0], ids[2]], listed[two.Id].UnitIds);
        Assert.Empty(listed[every.Id].UnitIds);
        Assert.Equal([ids[1]], listed[one.Id].UnitIds);
        Assert.Equal([ids[1]], (await store.GetAsync(one.Id))!.UnitIds);
    }

    private async Task<List<string>> PlanAsync(string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = await _temp.Database.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        var steps = new List<string>();
        await using SqliteDataReader reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            steps.Add(reader.GetString(3));
        }

        return steps;
    }
}
