using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using QcdcBot.Scheduling.Calendar;
using QcdcBot.Scheduling.Reminders;
using QcdcBot.Scheduling.Tallies;
using QcdcBot.Storage.Delivery;
using QcdcBot.Storage.Deadlines;
using QcdcBot.Storage.ExtensionRequests;
using QcdcBot.Storage.Members;
using QcdcBot.Storage.Reminders;
using QcdcBot.Storage.Statuses;
using QcdcBot.Storage.Submissions;
using QcdcBot.Storage.Units;
using QcdcBot.Tests.Storage;
using QcdcBot.Storage.Database;

namespace QcdcBot.Tests.Reminders;

/// <summary>The reminder pipeline wired by hand over a real SQLite file and a fake clock in Vietnam time.</summary>
internal sealed class ReminderHarness : IDisposable
{
    public static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);

    private readonly TempDatabase _db = new();

    public ReminderHarness(Action<ReminderOptions>? configure = null)
    {
        Time = new FakeTimeProvider(new DateTimeOffset(2026, 1, 5, 0, 0, 0, TimeSpan.Zero));
        var options = new ReminderOptions();
        configure?.Invoke(options);
        Options = options;
        Calendar = new WorkingDayCalendar(Microsoft.Extensions.Options.Options.Create(new CalendarOptions()), new VietnameseLunarCalendar());
        Clock = new OfficeClock(Time, Calendar.TimeZone);
        Units = new UnitStore(Database, Time);
        Members = new MemberStore(Database, Time);
        Deadlines = new DeadlineStore(Database, Time);
        Submissions = new SubmissionStore(Database, Time);
        Statuses = new StatusNoteStore(Database, Time);
        Extensions = new ExtensionRequestStore(Database, Time);
        Ledger = new ReminderLedgerStore(Database, Time);
        Fanouts = new ReminderFanoutStore(Database, Time);
        Outbox = new OutboxStore(Database, Time);
        Settings = new DeadlineReminderSettingsStore(Database, Time);
        Tallies = new TallyService(Units, Deadlines, Submissions, Statuses, Extensions, Clock);
        Policy = new ReminderPolicy(Calendar, Microsoft.Extensions.Options.Options.Create(options));
        Composer = new FakeComposer(Time);
        Sweep = new ReminderSweep(Tallies, Deadlines, Policy, Ledger, Fanouts, Settings, Members, Composer, Calendar, Clock, NullLogger<ReminderSweep>.Instance);
        Control = new ReminderControl(Deadlines, Settings, Ledger, Policy, Sweep, Tallies, Clock);
    }

    public FakeTimeProvider Time { get; }

    public ReminderFanoutStore Fanouts { get; }

    public ReminderOptions Options { get; }

    public WorkingDayCalendar Calendar { get; }

    public OfficeClock Clock { get; }

    public SqliteDatabase Database => _db.Database;

    public UnitStore Units { get; }

    public MemberStore Members { get; }

    public DeadlineStore Deadlines { get; }

    public SubmissionStore Submissions { get; }

    public StatusNoteStore Statuses { get; }

    public ExtensionRequestStore Extensions { get; }

    public ReminderLedgerStore Ledger { get; }

    public OutboxStore Outbox { get; }

    public DeadlineReminderSettingsStore Settings { get; }

    public TallyService Tallies { get; }

    public ReminderPolicy Policy { get; }

    public FakeComposer Composer { get; }

    public ReminderSweep Sweep { get; }

    public ReminderControl Control { get; }

    public static DateOnly D(int month, int day, int year = 2026) => new(year, month, day);

    /// <summary>Sets the fake clock to a local (Asia/Ho_Chi_Minh) wall time; the fake clock only moves forward.</summary>
    public void At(DateOnly date, int hour, int minute = 0) =>
        Time.SetUtcNow(new DateTimeOffset(date.ToDateTime(new TimeOnly(hour, minute)), Vietnam));

    private bool AtIfAhead(DateOnly date, int hour, int minute = 0)
    {
        var target = new DateTimeOffset(date.ToDateTime(new TimeOnly(hour, minute)), Vietnam);
        if (target < Time.GetUtcNow())
        {
            return false;
        }

        Time.SetUtcNow(target);
        return true;
    }

    /// <summary>Adds units U001…; each bound to one secretary unless <paramref name="bound"/> is false.</summary>
    public async Task<IReadOnlyList<Unit>> AddUnitsAsync(int count, bool bound = true, string prefix = "U")
    {
        var rows = Enumerable.Range(1, count).Select(i => new UnitRow($"{prefix}{i:D3}", $"Chi bộ {prefix}{i:D3}", UnitKind.ChiBo, [])).ToList();
        await Units.UpsertAsync(rows, "test");
        var codes = rows.Select(r => r.Code).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var units = (await Units.AllAsync()).Where(u => codes.Contains(u.Code)).ToList();
        if (bound)
        {
            // One transaction for all: binding 200 units one invite at a time is slow and proves nothing here.
            await Database.InTransactionAsync(async (c, t) =>
            {
                foreach (var unit in units)
                {
                    await c.ExecuteAsync(
                        "INSERT INTO members (unit_id, channel, user_id, chat_id, display_name, role, reachable, bound_at) VALUES ($u, 'telegram', $id, $id, $name, 'secretary', 1, $now)",
                        t, CancellationToken.None, ("$u", unit.Id), ("$id", (1000 + unit.Id).ToString(System.Globalization.CultureInfo.InvariantCulture)), ("$name", "Bí thư " + unit.Code), ("$now", Time.GetUtcNow()));
                }
            });
        }

        return units;
    }

    public Task<Member> AddAdminAsync() => Members.RememberAsync("telegram", "9001", "9001", "Văn phòng", MemberRole.Admin);

    public Task<Deadline> CreateDeadlineAsync(DateOnly due, string title = "Báo cáo sơ kết") =>
        Deadlines.CreateAsync(new NewDeadline(title, due, DeadlineScope.All, null, [], Recurrence.None, due.ToString("dd/MM", System.Globalization.CultureInfo.InvariantCulture), "admin"));

    public Task SubmitAsync(Unit unit, Deadline deadline) =>
        Submissions.SubmitAsync(new NewSubmission(unit.Id, deadline.Id, Time.GetUtcNow(), Clock.Today, Clock.Today, deadline.DueDate, "test", "telegram", SubmissionMethod.Paper, "bản giấy", []));

    public async Task ExtendAsync(Unit unit, Deadline deadline, DateOnly to)
    {
        var request = await Extensions.CreateAsync(unit.Id, deadline.Id, to, "xin gia hạn", "test");
        await Extensions.DecideAsync(request.Id, approve: true, "admin");
    }

    /// <summary>
    /// Runs the sweep at 07:00, 08:00, 08:15 and 16:00 local (those still ahead of the clock) on every day in the range (weekends too: the policy, not
    /// the cron, decides) and returns what the composer was asked per local date.
    /// </summary>
    public async Task<Dictionary<DateOnly, List<ComposerCall>>> RunDaysAsync(DateOnly from, DateOnly to, Func<DateOnly, Task>? eachMorning = null)
    {
        var byDay = new Dictionary<DateOnly, List<ComposerCall>>();
        for (var day = from; day <= to; day = day.AddDays(1))
        {
            Composer.Clear();
            if (AtIfAhead(day, 6, 30) && eachMorning is not null)
            {
                await eachMorning(day);
            }

            foreach (var (h, m) in new[] { (7, 0), (8, 0), (8, 15), (16, 0) })
            {
                if (AtIfAhead(day, h, m))
                {
                    await Sweep.RunAsync();
                }
            }

            if (Composer.Calls.Count > 0)
            {
                byDay[day] = [.. Composer.Calls];
            }
        }

        return byDay;
    }

    public void Dispose() => _db.Dispose();
}
