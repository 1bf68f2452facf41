using QcdcBot.Scheduling.Reminders;
using QcdcBot.Storage.Reminders;
using QcdcBot.Storage.Statuses;
using QcdcBot.Storage.Units;
using static QcdcBot.Tests.Reminders.ReminderHarness;

namespace QcdcBot.Tests.Reminders;

public sealed class ReminderSweepTests : IDisposable
{
    private readonly ReminderHarness _h = new();

    public void Dispose() => _h.Dispose();

    private static string Describe(ComposerCall c, IReadOnlyList<Unit> units)
    {
        string Code(long id) => units.Single(u => u.Id == id).Code;
        return c.Kind switch
        {
            "reminder" => $"{Code(c.UnitId)} {c.Slot}",
            "escalation" => $"escalation {string.Join(",", c.Units.Select(Code))}",
            _ => $"unreachable {Code(c.UnitId)} {c.Slot}",
        };
    }

    private static Dictionary<DateOnly, string[]> Describe(Dictionary<DateOnly, List<ComposerCall>> days, IReadOnlyList<Unit> units) =>
        days.ToDictionary(d => d.Key, d => d.Value.Select(c => Describe(c, units)).Order(StringComparer.Ordinal).ToArray());

    [Fact]
    public async Task A_deadline_over_five_weeks_reminds_each_unit_on_exactly_the_right_days()
    {
        // A never submits; B submits on 18/3; C gets an extension to 27/3 early on 19/3.
        _h.At(D(3, 2), 9);
        var units = await _h.AddUnitsAsync(3);
        var (a, b, c) = (units[0], units[1], units[2]);
        await _h.AddAdminAsync();
        var deadline = await _h.CreateDeadlineAsync(D(3, 20));

        var days = await _h.RunDaysAsync(D(3, 2), D(4, 3), async day =>
        {
            if (day == D(3, 18))
            {
                await _h.SubmitAsync(b, deadline);
            }

            if (day == D(3, 19))
            {
                await _h.ExtendAsync(c, deadline, D(3, 27));
            }
        });

        var expected = new Dictionary<DateOnly, string[]>
        {
            [D(3, 13)] = ["U001 before-7", "U002 before-7", "U003 before-7"],
            [D(3, 17)] = ["U001 before-3", "U002 before-3", "U003 before-3"],
            [D(3, 19)] = ["U001 before-1"],
            [D(3, 20)] = ["U001 due", "U003 before-7"],
            [D(3, 24)] = ["U001 overdue-1", "U003 before-3"],
            [D(3, 26)] = ["U001 overdue-2", "U003 before-1"],
            [D(3, 27)] = ["U003 due"],
            [D(3, 30)] = ["U001 overdue-3", "escalation U001"],
            [D(3, 31)] = ["U003 overdue-1"],
            [D(4, 2)] = ["U003 overdue-2"],
        };
        Assert.Equal(expected, Describe(days, units));

        // Everything goes out at the 08:00 sweep, none at 07:00 and none repeated at 08:15 or 16:00.
        Assert.All(days.Values.SelectMany(v => v), call => Assert.Equal(new TimeSpan(8, 0, 0), call.At.ToOffset(Vietnam).TimeOfDay));

        // One outbox message per reminder (one secretary each) and per escalation (one admin); an unchanged list of
        // units past their last reminder is not repeated the next days.
        Assert.Equal(expected.Values.Sum(v => v.Length), (await _h.Outbox.AllAsync()).Count);
        Assert.DoesNotContain(b.Id, (await _h.Ledger.ForDeadlineAsync(deadline.Id)).Where(e => e.SentAt > new DateTimeOffset(2026, 3, 18, 0, 0, 0, Vietnam)).Select(e => e.UnitId));
    }

    [Fact]
    public async Task A_unit_that_says_it_has_nothing_to_report_is_not_reminded()
    {
        _h.At(D(3, 2), 9);
        var units = await _h.AddUnitsAsync(2);
        var deadline = await _h.CreateDeadlineAsync(D(3, 20));
        var excuse = await _h.Statuses.AddAsync(units[1].Id, deadline.Id, StatusState.NothingToReport, "không phát sinh", null, "test");
        await _h.Statuses.AcceptExcuseAsync(excuse.Id, "test:admin");

        var days = await _h.RunDaysAsync(D(3, 12), D(3, 13));

        Assert.Equal(["U001 before-7"], Describe(days, units)[D(3, 13)]);
    }

    [Fact]
    public async Task A_submission_stops_all_later_reminders_for_that_unit()
    {
        _h.At(D(3, 2), 9);
        var units = await _h.AddUnitsAsync(1);
        var deadline = await _h.CreateDeadlineAsync(D(3, 20));
        await _h.RunDaysAsync(D(3, 13), D(3, 13));
        _h.At(D(3, 14), 10);
        await _h.SubmitAsync(units[0], deadline);

        var days = await _h.RunDaysAsync(D(3, 14), D(4, 10));

        Assert.Empty(days);
    }

    [Fact]
    public async Task An_extension_starts_a_fresh_cycle_toward_the_new_due_date()
    {
        _h.At(D(3, 2), 9);
        var units = await _h.AddUnitsAsync(1);
        var deadline = await _h.CreateDeadlineAsync(D(3, 20));
        await _h.RunDaysAsync(D(3, 13), D(3, 20));
        _h.At(D(3, 20), 17);
        await _h.ExtendAsync(units[0], deadline, D(4, 3));

        var days = Describe(await _h.RunDaysAsync(D(3, 21), D(4, 8)), units);

        Assert.Equal(
            [(D(3, 27), "U001 before-7"), (D(3, 31), "U001 before-3"), (D(4, 2), "U001 before-1"), (D(4, 3), "U001 due"), (D(4, 7), "U001 overdue-1")],
            days.SelectMany(d => d.Value.Select(v => (d.Key, v))).OrderBy(x => x.Key));
    }

    [Fact]
    public async Task After_downtime_over_several_slots_only_the_latest_is_sent_and_the_missed_ones_never_fire()
    {
        _h.At(D(3, 2), 9);
        var units = await _h.AddUnitsAsync(1);
        var deadline = await _h.CreateDeadlineAsync(D(3, 20));

        // Down from before 13/3 until 24/3 09:00: before-7, before-3, before-1, due and overdue-1 all passed.
        _h.At(D(3, 24), 9);
        await _h.Sweep.RunAsync();
        var first = _h.Composer.Calls.Select(c => Describe(c, units)).ToList();
        var later = Describe(await _h.RunDaysAsync(D(3, 24), D(3, 27)), units);

        Assert.Equal(["U001 overdue-1"], first);
        Assert.Equal(new Dictionary<DateOnly, string[]> { [D(3, 26)] = ["U001 overdue-2"] }, later);
        var ledger = await _h.Ledger.ForDeadlineAsync(deadline.Id);
        Assert.Equal(
            ["before-1@2026-03-20", "before-3@2026-03-20", "before-7@2026-03-20", "due@2026-03-20"],
            ledger.Where(e => e.Outcome == LedgerOutcome.Skipped).Select(e => e.Slot).Order(StringComparer.Ordinal));
        Assert.Equal(2, (await _h.Outbox.AllAsync()).Count);
    }

    [Fact]
    public async Task A_crash_in_the_middle_of_a_200_unit_fan_out_resumes_and_each_unit_gets_the_slot_once()
    {
        _h.At(D(3, 2), 9);
        var units = await _h.AddUnitsAsync(200);
        var deadline = await _h.CreateDeadlineAsync(D(3, 20));
        _h.At(D(3, 13), 8, 0);

        _h.Composer.FailAfter = 73;
        var crashed = await _h.Sweep.RunAsync();
        Assert.Equal((73, 1), (crashed.Reminded, crashed.FailedDeadlines));
        Assert.Equal(73, (await _h.Outbox.AllAsync()).Count);

        _h.Composer.FailAfter = null;
        _h.At(D(3, 13), 8, 15);
        var second = await _h.Sweep.RunAsync();
        var third = await _h.Sweep.RunAsync();

        Assert.Equal(127, second.Reminded);
        Assert.Equal(0, third.Reminded);
        var ledger = await _h.Ledger.ForDeadlineAsync(deadline.Id);
        Assert.Equal(units.Select(u => u.Id).Order(), ledger.Where(e => e.Slot == "before-7@2026-03-20").Select(e => e.UnitId).Order());
        var outbox = await _h.Outbox.AllAsync();
        Assert.Equal(200, outbox.Count);
        Assert.Equal(200, outbox.Select(m => m.ChatId).Distinct().Count());
    }

    [Fact]
    public async Task A_deadline_that_fails_to_compose_does_not_stop_reminders_for_the_others()
    {
        _h.At(D(3, 2), 9);
        await _h.AddUnitsAsync(2);
        var poisoned = await _h.CreateDeadlineAsync(D(3, 20), "Báo cáo A");
        await _h.CreateDeadlineAsync(D(3, 20), "Báo cáo B");
        _h.Composer.FailForDeadline = poisoned.Id;
        _h.At(D(3, 13), 8, 0);

        var result = await _h.Sweep.RunAsync();

        Assert.Equal((2, 1), (result.Reminded, result.FailedDeadlines));
        Assert.Empty(await _h.Ledger.ForDeadlineAsync(poisoned.Id));
    }

    [Fact]
    public async Task Two_sweeps_at_once_still_write_each_slot_once()
    {
        _h.At(D(3, 2), 9);
        await _h.AddUnitsAsync(30);
        await _h.CreateDeadlineAsync(D(3, 20));
        _h.At(D(3, 13), 8, 0);

        var results = await Task.WhenAll(_h.Sweep.RunAsync(), _h.Sweep.RunAsync());

        Assert.Equal(30, results.Sum(r => r.Reminded));
        Assert.Equal(30, (await _h.Outbox.AllAsync()).Count);
    }

    [Fact]
    public async Task Many_unreachable_units_reach_the_admins_as_one_message_per_slot_not_one_each()
    {
        _h.At(D(3, 2), 9);
        await _h.AddUnitsAsync(1);
        var unbound = await _h.AddUnitsAsync(40, bound: false, prefix: "X");
        await _h.AddAdminAsync();
        var deadline = await _h.CreateDeadlineAsync(D(3, 20));

        _h.At(D(3, 13), 9);
        var first = await _h.Sweep.RunAsync();
        var again = await _h.Sweep.RunAsync();

        Assert.Equal(40, first.Unreachable);
        Assert.Equal(1, _h.Composer.AdminNotices);
        Assert.Single(await _h.Outbox.AllAsync(), m => m.BodyJson.Contains("unreachable", StringComparison.Ordinal));
        Assert.Equal(0, again.Unreachable);
        var ledger = await _h.Ledger.ForDeadlineAsync(deadline.Id);
        Assert.All(unbound, u => Assert.Contains(ledger, e => e.UnitId == u.Id && e.Slot == "unreachable-before-7@2026-03-20"));
    }

    [Fact]
    public async Task A_unit_without_a_reachable_member_is_reported_to_admins_once_per_slot()
    {
        _h.At(D(3, 2), 9);
        var bound = await _h.AddUnitsAsync(1);
        var unbound = await _h.AddUnitsAsync(1, bound: false, prefix: "X");
        var units = bound.Concat(unbound).ToList();
        await _h.AddAdminAsync();
        var deadline = await _h.CreateDeadlineAsync(D(3, 20));

        var days = Describe(await _h.RunDaysAsync(D(3, 13), D(3, 17)), units);

        Assert.Equal(["U001 before-7", "unreachable X001 before-7"], days[D(3, 13)]);
        Assert.Equal(["U001 before-3", "unreachable X001 before-3"], days[D(3, 17)]);
        var ledger = await _h.Ledger.ForDeadlineAsync(deadline.Id);
        Assert.Contains(ledger, e => e.UnitId == unbound[0].Id && e.Slot == "unreachable-before-7@2026-03-20" && e.Outcome == LedgerOutcome.Sent);
        Assert.Contains(ledger, e => e.UnitId == unbound[0].Id && e.Slot == "before-7@2026-03-20" && e.Outcome == LedgerOutcome.Skipped);
        Assert.All((await _h.Outbox.AllAsync()).Where(m => m.BodyJson.Contains("unreachable", StringComparison.Ordinal)), m => Assert.Equal("9001", m.ChatId));
    }

    [Fact]
    public async Task A_paused_deadline_sends_nothing_and_on_resume_sends_only_the_latest_missed_slot()
    {
        _h.At(D(3, 2), 9);
        var units = await _h.AddUnitsAsync(1);
        var deadline = await _h.CreateDeadlineAsync(D(3, 20));
        Assert.True(await _h.Control.PauseAsync(deadline.Id, "admin"));

        Assert.Empty(await _h.RunDaysAsync(D(3, 10), D(3, 17)));
        _h.At(D(3, 18), 7, 30);
        Assert.True(await _h.Control.ResumeAsync(deadline.Id, "admin"));
        var days = Describe(await _h.RunDaysAsync(D(3, 18), D(3, 19)), units);

        Assert.Equal(new Dictionary<DateOnly, string[]> { [D(3, 18)] = ["U001 before-3"], [D(3, 19)] = ["U001 before-1"] }, days);
    }

    [Fact]
    public async Task Send_now_reminds_every_unit_that_still_owes_once_per_day()
    {
        _h.At(D(3, 2), 9);
        var units = await _h.AddUnitsAsync(3, bound: true);
        var deadline = await _h.CreateDeadlineAsync(D(3, 20));
        await _h.SubmitAsync(units[2], deadline);
        _h.At(D(3, 5), 15);

        var first = await _h.Control.SendNowAsync(deadline.Id);
        var again = await _h.Control.SendNowAsync(deadline.Id);
        _h.At(D(3, 6), 9);
        var nextDay = await _h.Control.SendNowAsync(deadline.Id);

        Assert.Equal(new ManualSendResult(2, 0, 0), first);
        Assert.Equal(new ManualSendResult(0, 0, 2), again);
        Assert.Equal(new ManualSendResult(2, 0, 0), nextDay);
        Assert.Equal(["U001 manual-2026-03-05", "U002 manual-2026-03-05"], _h.Composer.Calls.Take(2).Select(c => Describe(c, units)));
        Assert.Null(await _h.Control.SendNowAsync(9999));
    }

    [Fact]
    public async Task Preview_lists_upcoming_reminder_days_with_the_units_that_would_get_them()
    {
        _h.At(D(3, 2), 9);
        var units = await _h.AddUnitsAsync(2);
        var deadline = await _h.CreateDeadlineAsync(D(3, 20));
        await _h.ExtendAsync(units[1], deadline, D(3, 23));
        _h.At(D(3, 12), 9);

        var preview = await _h.Control.PreviewAsync(7);

        Assert.Equal(
            [(D(3, 13), "before-7", "U001"), (D(3, 16), "before-7", "U002"), (D(3, 17), "before-3", "U001")],
            preview.Select(p => (p.Date, string.Join(",", p.Slots), string.Join(",", p.Units.Select(u => u.Code)))));
        Assert.All(preview, p => Assert.Equal(1, p.UnitCount));
    }
}
