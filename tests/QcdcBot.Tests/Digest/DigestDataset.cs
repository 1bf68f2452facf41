using System.Text;
using QcdcBot.Bot.Conversation.Submissions;
using QcdcBot.Storage.Deadlines;
using QcdcBot.Storage.ExtensionRequests;
using QcdcBot.Storage.Statuses;
using QcdcBot.Storage.Submissions;
using QcdcBot.Storage.Units;

namespace QcdcBot.Tests.Digest;

/// <summary>
/// The 77 sample units (G = the 74 grassroots in file order, D = the 3 đoàn thể) and three deadlines, seeded from
/// Monday 2/3/2026; the digest is taken on Monday 16/3/2026 at 07:30, Yên Bái time.
/// <list type="bullet">
/// <item>Plan (G, due 6/3, open): G3–G62 on time (60); G0, G1, G2, G70, G71, G72 late by 4 days; G68 and G69
/// extended to 20/3 (G68 submits on 10/3, on time); G63–G65 "không có nội dung phát sinh"; G66 "đang làm";
/// G67 "đã gửi bản giấy"; G69 and G73 silent.</item>
/// <item>Report (all 77, due 25/3, open): everyone on time on 10/3 but G0 and D2 (silent), G5 (excused), G71
/// ("đang làm") and G72 ("đã gửi qua iOffice").</item>
/// <item>Topic (D0–D2 and G0–G2, due 9/3, closed on 12/3): D0, D1, G1 on time; G2 excused; D2 and G0 silent.</item>
/// </list>
/// Habitually late: G0 only (late on the plan, missing the topic). G1 and G2 are bad on one of two; D2, G73 have one
/// deadline past due; G69's extension has not run out.
/// </summary>
internal sealed class DigestDataset
{
    /// <summary>Monday 16/3/2026, 07:30 in Yên Bái: when the weekly digest runs.</summary>
    public static readonly DateTimeOffset DigestTime = new(2026, 3, 16, 7, 30, 0, TimeSpan.FromHours(7));

    /// <summary>Monday 2/3/2026, 09:00 in Yên Bái.</summary>
    public static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(7));

    private readonly DigestHarness _harness;

    private DigestDataset(DigestHarness harness) => _harness = harness;

    public IReadOnlyList<Unit> G { get; private set; } = [];

    public IReadOnlyList<Unit> D { get; private set; } = [];

    public Deadline Plan { get; private set; } = null!;

    public Deadline Report { get; private set; } = null!;

    public Deadline Topic { get; private set; } = null!;

    public static async Task<DigestDataset> SeedAsync(DigestHarness harness)
    {
        var dataset = new DigestDataset(harness);
        await dataset.SeedAsync();
        return dataset;
    }

    private async Task SeedAsync()
    {
        var units = await _harness.Get<UnitStore>().AllAsync();
        G = units.Where(u => u.IsGrassroots).ToList();
        D = units.Where(u => !u.IsGrassroots).ToList();
        Assert.Equal((74, 3), (G.Count, D.Count));

        var deadlines = _harness.Get<DeadlineStore>();
        Plan = await deadlines.CreateAsync(new NewDeadline("Kế hoạch thực hiện QCDC năm 2026", new DateOnly(2026, 3, 6), DeadlineScope.Grassroots, null, [], Recurrence.None, "trước 6/3", DigestHarness.Admin));
        Report = await deadlines.CreateAsync(new NewDeadline("Báo cáo QCDC quý I", new DateOnly(2026, 3, 25), DeadlineScope.All, null, [], Recurrence.None, "trước 25/3", DigestHarness.Admin));
        Topic = await deadlines.CreateAsync(new NewDeadline(
            "Báo cáo chuyên đề dân vận khéo", new DateOnly(2026, 3, 9), DeadlineScope.Units, null, [.. D.Select(u => u.Id), G[0].Id, G[1].Id, G[2].Id], Recurrence.None, "9/3", DigestHarness.Admin));

        // Wednesday 4/3: the punctual ones.
        _harness.SetLocalTime(2026, 3, 4, 10, 0);
        for (var i = 3; i <= 62; i++)
        {
            await SubmitAsync(G[i], Plan);
        }

        foreach (var unit in new[] { D[0], D[1], G[1] })
        {
            await SubmitAsync(unit, Topic);
        }

        await StatusAsync(G[2], Topic, StatusState.NothingToReport);
        foreach (var i in new[] { 63, 64, 65 })
        {
            await StatusAsync(G[i], Plan, StatusState.NothingToReport);
        }

        await StatusAsync(G[66], Plan, StatusState.InProgress);
        await StatusAsync(G[67], Plan, StatusState.SentOnPaper);
        var extensions = _harness.Get<ExtensionRequestStore>();
        foreach (var unit in new[] { G[68], G[69] })
        {
            var request = await extensions.CreateAsync(unit.Id, Plan.Id, new DateOnly(2026, 3, 20), "Chờ họp chi ủy", "test:" + unit.Code);
            Assert.NotNull(await extensions.DecideAsync(request.Id, approve: true, DigestHarness.Admin));
        }

        // Tuesday 10/3: the late plans, one extended plan, and the report from almost everyone.
        _harness.SetLocalTime(2026, 3, 10, 15, 0);
        foreach (var i in new[] { 0, 1, 2, 70, 71, 72, 68 })
        {
            await SubmitAsync(G[i], Plan);
        }

        var silentOnReport = new[] { G[0], D[2], G[5], G[71], G[72] };
        foreach (var unit in G.Concat(D).Where(u => !silentOnReport.Contains(u)))
        {
            await SubmitAsync(unit, Report);
        }

        // Not yet accepted by an admin: the unit still owes the report.
        await StatusAsync(G[5], Report, StatusState.NothingToReport, accepted: false);
        await StatusAsync(G[71], Report, StatusState.InProgress);
        await StatusAsync(G[72], Report, StatusState.SentViaIOffice);

        // Thursday 12/3: the office closes the topic.
        _harness.SetLocalTime(2026, 3, 12, 16, 0);
        Assert.NotNull(await deadlines.CloseAsync(Topic.Id, DigestHarness.Admin));

        _harness.Time.SetUtcNow(DigestTime);
    }

    public async Task SubmitAsync(Unit unit, Deadline deadline)
    {
        var bytes = Encoding.UTF8.GetBytes($"{deadline.Title} — {unit.Name}");
        var store = _harness.Get<SubmissionStore>();
        var file = new IncomingFile($"{unit.Code}.docx", "application/octet-stream", await store.PutFileAsync(bytes), bytes.Length);
        await _harness.Get<SubmissionRecorder>().RecordAsync(unit, deadline, [file], SubmissionMethod.Upload, string.Empty, "test:" + unit.Code, "test", CancellationToken.None);
    }

    /// <summary>A status reply; a "không có nội dung phát sinh" is accepted by the admin unless told otherwise, so the unit is excused.</summary>
    private async Task StatusAsync(Unit unit, Deadline deadline, StatusState state, bool accepted = true)
    {
        var notes = _harness.Get<StatusNoteStore>();
        var note = await notes.AddAsync(unit.Id, deadline.Id, state, state.ToString(), null, "test:" + unit.Code);
        if (state == StatusState.NothingToReport && accepted)
        {
            await notes.AcceptExcuseAsync(note.Id, "test:admin");
        }
    }
}
