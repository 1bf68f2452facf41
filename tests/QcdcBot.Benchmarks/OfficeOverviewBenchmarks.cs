using System.Globalization;
using BenchmarkDotNet.Attributes;
using QcdcBot.Bot.Web.Office;
using QcdcBot.Bot.Web.Office.Overview;
using QcdcBot.Scheduling.Tallies;
using QcdcBot.Storage.Deadlines;
using QcdcBot.Storage.Statuses;
using QcdcBot.Storage.Submissions;
using QcdcBot.Storage.Units;
using QcdcBot.Storage.Web;

namespace QcdcBot.Benchmarks;

/// <summary>
/// The office overview (Tổng quan) for 10,000 units × 50 deadlines: from the tallies to the HTML the server sends,
/// every state represented. The tallies are made in memory, so this times the page, not the store's tally queries.
/// </summary>
[MemoryDiagnoser]
public class OfficeOverviewBenchmarks
{
    private const int UnitCount = 10_000;
    private const int DeadlineCount = 50;

    private static readonly DateTimeOffset LocalNow = new(2026, 6, 15, 9, 0, 0, TimeSpan.FromHours(7));

    private readonly OfficeViewer _viewer = new(new WebSession(1, "telegram:1", "form-token", LocalNow, LocalNow.AddHours(8)), "Ban Tuyên giáo", true, false);
    private List<Unit> _units = [];
    private List<DeadlineTally> _tallies = [];
    private HashSet<long> _reachable = [];

    [GlobalSetup]
    public void Setup()
    {
        var kinds = new[] { UnitKind.DangBo, UnitKind.ChiBo, UnitKind.DoanThe };
        _units = Enumerable.Range(1, UnitCount)
            .Select(i => new Unit(i, string.Create(CultureInfo.InvariantCulture, $"DV{i:D5}"), $"Đảng bộ Sở Kế hoạch và Đầu tư số {i}", kinds[i % 3], []))
            .ToList();
        _reachable = _units.Where(u => u.Id % 10 != 0).Select(u => u.Id).ToHashSet();
        var today = DateOnly.FromDateTime(LocalNow.DateTime);
        for (var d = 0; d < DeadlineCount; d++)
        {
            var due = today.AddDays(d - 25);
            var deadline = new Deadline(d + 1, $"Báo cáo chuyên đề số {d + 1} về thực hiện Quy chế dân chủ ở cơ sở", "other", due, DeadlineScope.All, null, [],
                Recurrence.None, "test", "test", LocalNow, DeadlineState.Open);
            _tallies.Add(new DeadlineTally(deadline, _units.Select(u => Standing(u, deadline, (int)((u.Id * 7 + d) % 9))).ToList()));
        }
    }

    [Benchmark]
    public int Overview10000UnitsBy50Deadlines() =>
        OverviewPage.Render(OverviewModel.From(_tallies, _units, _reachable, LocalNow, OverviewQuery.Everything), _viewer).Length;

    [Benchmark]
    public int OverviewFilteredChuaTraLoiSortedByDaysLate() =>
        OverviewPage.Render(OverviewModel.From(_tallies, _units, _reachable, LocalNow, OverviewQuery.Parse(null, "chua-tra-loi", "so ke hoach", "tre")), _viewer).Length;

    /// <summary>Nine situations in turn: on time, late, extended, each status reply, an accepted excuse, silence.</summary>
    private static UnitStanding Standing(Unit unit, Deadline deadline, int situation)
    {
        Submission Sent(int daysLate) => new(unit.Id * 100 + deadline.Id, unit.Id, deadline.Id, 1, LocalNow, deadline.DueDate.AddDays(daysLate), deadline.DueDate, daysLate,
            "x", "telegram", SubmissionMethod.Upload, string.Empty, "BN", []);
        StatusNote Note(StatusState state, bool accepted = false) => new(unit.Id, unit.Id, deadline.Id, state, "x", null, LocalNow, "x")
        {
            AcceptedAt = accepted ? LocalNow : null,
            AcceptedBy = accepted ? "admin" : null,
        };

        return situation switch
        {
            0 or 1 => new UnitStanding(unit, deadline.DueDate, false, Sent(0), Sent(0), null),
            2 => new UnitStanding(unit, deadline.DueDate, false, Sent(3), Sent(3), null),
            3 => new UnitStanding(unit, deadline.DueDate.AddDays(10), true, null, null, null),
            4 => new UnitStanding(unit, deadline.DueDate, false, null, null, Note(StatusState.InProgress)),
            5 => new UnitStanding(unit, deadline.DueDate, false, null, null, Note(StatusState.SentViaIOffice)),
            6 => new UnitStanding(unit, deadline.DueDate, false, null, null, Note(StatusState.NothingToReport, accepted: true)),
            7 => new UnitStanding(unit, deadline.DueDate, false, null, null, Note(StatusState.NothingToReport)),
            _ => new UnitStanding(unit, deadline.DueDate, false, null, null, null),
        };
    }
}
