using System.Text;
using QcdcBot.Bot.Conversation.Submissions;
using QcdcBot.Storage.Deadlines;
using QcdcBot.Storage.ExtensionRequests;
using QcdcBot.Storage.Statuses;
using QcdcBot.Storage.Submissions;
using QcdcBot.Storage.Units;

namespace QcdcBot.Tests.Office;

/// <summary>
/// The 77 sample units (G = the 74 grassroots in file order, D = the 3 đoàn thể) and two open deadlines, seeded from
/// Monday 14/10/2024; the page is looked at on Tuesday 22/10/2024 at 10:00.
/// <list type="bullet">
/// <item>Plan (G, due 18/10): NHNN (G0) on time with a file named in Vietnamese; G3–G40 on time; G41–G45 late by 3
/// days; SKHDT (G1) asks for an extension to 30/10 (pending); HND "đang làm"; G46 "không có nội dung phát
/// sinh" (waiting for an admin); G47 "đã gửi bản giấy"; the rest silent, and only NHNN, SKHDT, HND can be reached.</item>
/// <item>Report (all 77, due 25/10): G0–G19 and D0 submitted on time; the rest silent.</item>
/// </list>
/// </summary>
internal sealed class OfficeDataset
{
    public const string NhnnFileName = "Kế hoạch QCDC năm 2024 – NHNN.docx";

    /// <summary>Tuesday 22/10/2024, 10:00 in Yên Bái.</summary>
    public static readonly DateTimeOffset LookTime = new(2024, 10, 22, 10, 0, 0, TimeSpan.FromHours(7));

    private readonly OfficeHarness _harness;

    private OfficeDataset(OfficeHarness harness) => _harness = harness;

    public IReadOnlyList<Unit> G { get; private set; } = [];

    public IReadOnlyList<Unit> D { get; private set; } = [];

    public Deadline Plan { get; private set; } = null!;

    public Deadline Report { get; private set; } = null!;

    public byte[] NhnnFile { get; } = Enumerable.Range(0, 70_000).Select(i => (byte)(i * 7 % 251)).ToArray();

    public ExtensionRequest Extension { get; private set; } = null!;

    public StatusNote PendingExcuse { get; private set; } = null!;

    public static async Task<OfficeDataset> SeedAsync(OfficeHarness harness)
    {
        var dataset = new OfficeDataset(harness);
        await dataset.SeedAsync();
        return dataset;
    }

    private async Task SeedAsync()
    {
        var units = await _harness.Get<UnitStore>().AllAsync();
        G = units.Where(u => u.IsGrassroots).ToList();
        D = units.Where(u => !u.IsGrassroots).ToList();
        Assert.Equal(("NHNN", "SKHDT"), (G[0].Code, G[1].Code));
        foreach (var code in new[] { "NHNN", "SKHDT", "HND" })
        {
            await _harness.RegisterSecretaryAsync(code);
        }

        var deadlines = _harness.Get<DeadlineStore>();
        var admin = $"{OfficeHarness.Channel}:{OfficeHarness.Admin}";
        Plan = await deadlines.CreateAsync(new NewDeadline("Kế hoạch thực hiện QCDC năm 2024", new DateOnly(2024, 10, 18), DeadlineScope.Grassroots, null, [], Recurrence.None, "trước 18/10", admin));
        Report = await deadlines.CreateAsync(new NewDeadline("Báo cáo tự kiểm tra QCDC", new DateOnly(2024, 10, 25), DeadlineScope.All, null, [], Recurrence.None, "trước 25/10", admin));

        SetLocalTime(2024, 10, 15, 10, 0);
        await SubmitAsync(G[0], Plan, NhnnFileName, NhnnFile);
        for (var i = 3; i <= 40; i++)
        {
            await SubmitAsync(G[i], Plan);
        }

        foreach (var unit in G.Take(20).Append(D[0]))
        {
            await SubmitAsync(unit, Report);
        }

        var notes = _harness.Get<StatusNoteStore>();

        await notes.AddAsync(G.Single(u => u.Code == "HND").Id, Plan.Id, StatusState.InProgress, "đang làm", null, "test:thuky-hnd");
        Extension = await _harness.Get<ExtensionRequestStore>().CreateAsync(G[1].Id, Plan.Id, new DateOnly(2024, 10, 30), "Chờ họp chi ủy", "test:thuky-skhdt");
        PendingExcuse = await notes.AddAsync(G[46].Id, Plan.Id, StatusState.NothingToReport, "không có nội dung phát sinh", null, "test:" + G[46].Code);
        await notes.AddAsync(G[47].Id, Plan.Id, StatusState.SentOnPaper, "đã gửi bản giấy", null, "test:" + G[47].Code);

        SetLocalTime(2024, 10, 21, 15, 0);
        for (var i = 41; i <= 45; i++)
        {
            await SubmitAsync(G[i], Plan);
        }

        _harness.Time.SetUtcNow(LookTime);
    }

    private async Task SubmitAsync(Unit unit, Deadline deadline, string? name = null, byte[]? bytes = null)
    {
        bytes ??= Encoding.UTF8.GetBytes($"{deadline.Title} — {unit.Name}");
        var store = _harness.Get<SubmissionStore>();
        var file = new IncomingFile(name ?? $"{unit.Code}.docx", "application/octet-stream", await store.PutFileAsync(bytes), bytes.Length);
        await _harness.Get<SubmissionRecorder>().RecordAsync(unit, deadline, [file], SubmissionMethod.Upload, string.Empty, "test:" + unit.Code, "test", CancellationToken.None);
    }

    private void SetLocalTime(int year, int month, int day, int hour, int minute) =>
        _harness.Time.SetUtcNow(new DateTimeOffset(year, month, day, hour, minute, 0, TimeSpan.FromHours(7)));
}
