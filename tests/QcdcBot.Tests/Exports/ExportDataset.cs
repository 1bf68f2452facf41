using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using QcdcBot.Bot.Conversation;
using QcdcBot.Bot.Conversation.Submissions;
using QcdcBot.Bot.Exports;
using QcdcBot.Scheduling;
using QcdcBot.Storage;
using QcdcBot.Storage.Deadlines;
using QcdcBot.Storage.ExtensionRequests;
using QcdcBot.Storage.Members;
using QcdcBot.Storage.Statuses;
using QcdcBot.Storage.Submissions;
using QcdcBot.Storage.Units;
using QcdcBot.Tests.Support;

namespace QcdcBot.Tests.Exports;

/// <summary>
/// A temp store with the 77 sample units and three deadlines:
/// <list type="bullet">
/// <item>Plan (grassroots, due 10/3/2026): 30 on time (NHNN twice, SKHDT with two files of the same name), 3 late
/// by 2 days, 4 excused, 1 "đang làm", 2 extended to 15/3 (one submits on 12/3, on time), the rest missing.</item>
/// <item>Report (all 77, due 20/3/2026, long title): 5 on time, 1 recorded on paper.</item>
/// <item>Topic (3 named units, due 5/3/2026): 1 on time, then cancelled.</item>
/// </list>
/// </summary>
internal sealed class ExportDataset : IAsyncDisposable
{
    public const string Admin = "test:admin";
    public const string Leader = "test:leader";
    public const string SecretaryId = "thuky";

    private readonly string _folder;

    private ExportDataset(string folder, FakeTimeProvider time, ServiceProvider services)
    {
        _folder = folder;
        Time = time;
        Services = services;
    }

    public FakeTimeProvider Time { get; }

    public ServiceProvider Services { get; }

    public string DatabasePath => Path.Combine(_folder, "qcdc.db");

    public IReadOnlyList<Unit> Units { get; private set; } = [];

    public IReadOnlyList<Unit> Grassroots { get; private set; } = [];

    public Deadline Plan { get; private set; } = null!;

    public Deadline Report { get; private set; } = null!;

    public Deadline Topic { get; private set; } = null!;

    /// <summary>The bytes each unit sent last for the plan, by unit code, in file order.</summary>
    public Dictionary<string, List<(string Name, byte[] Bytes)>> PlanFiles { get; } = [];

    public static async Task<ExportDataset> CreateAsync(long maxDocumentBytes = 50L * 1024 * 1024, Func<int, int>? planFileSize = null)
    {
        var folder = CoreServices.NewFolder("exports");
        // 09:00 on 5/3/2026 in Yên Bái.
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 3, 5, 2, 0, 0, TimeSpan.Zero));
        var services = CoreServices.Create(Path.Combine(folder, "qcdc.db"), time, o =>
            {
                o.Admins = [Admin];
                o.Leaders = [Leader];
            })
            .Configure<ExportOptions>(o => o.MaxDocumentBytes = maxDocumentBytes)
            .BuildServiceProvider();
        var dataset = new ExportDataset(folder, time, services);
        await dataset.SeedAsync(planFileSize ?? (_ => 0));
        return dataset;
    }

    public T Get<T>()
        where T : notnull => Services.GetRequiredService<T>();

    public static InboundActivity Say(string user, string text) => new("test", user, user, user, text, []);

    public Task<TurnResult> TurnAsync(string user, string text) => Get<ConversationBot>().OnTurnAsync(Say(user, text), CancellationToken.None);

    public Unit Unit(string code) => Units.Single(u => u.Code == code);

    public ValueTask DisposeAsync() => CoreServices.DisposeAsync(Services, _folder);

    private async Task SeedAsync(Func<int, int> planFileSize)
    {
        using (var reader = new StreamReader(Path.Combine(AppContext.BaseDirectory, "Fixtures", "units.sample.csv")))
        {
            var imported = await Get<UnitCsvImporter>().ImportAsync(reader, "test");
            Assert.True(imported.Succeeded);
        }

        Units = await Get<UnitStore>().AllAsync();
        Grassroots = Units.Where(u => u.IsGrassroots).ToList();
        var deadlines = Get<DeadlineStore>();
        Plan = await deadlines.CreateAsync(new NewDeadline("Kế hoạch thực hiện QCDC năm 2026", new DateOnly(2026, 3, 10), DeadlineScope.Grassroots, null, [], Recurrence.None, "trước 10/3", Admin));
        Report = await deadlines.CreateAsync(new NewDeadline(
            "Báo cáo sơ kết 6 tháng đầu năm về thực hiện Quy chế dân chủ ở cơ sở: [đợt 1]", new DateOnly(2026, 3, 20), DeadlineScope.All, null, [], Recurrence.None, "trước 20/3", Admin));
        Topic = await deadlines.CreateAsync(new NewDeadline(
            "Báo cáo chuyên đề", new DateOnly(2026, 3, 5), DeadlineScope.Units, null, [Grassroots[0].Id, Grassroots[1].Id, Grassroots[2].Id], Recurrence.None, "5/3", Admin));

        var random = new Random(7);
        // 5/3: thirty units submit the plan on time.
        for (var i = 0; i < 30; i++)
        {
            var unit = Grassroots[i];
            var size = planFileSize(i);
            var bytes = size > 0 ? Bytes(random, size) : Encoding.UTF8.GetBytes($"Kế hoạch của {unit.Name}");
            var name = i == 2 ? "..\\..\\evil:name?.pdf" : $"Kế hoạch QCDC {unit.Code}.docx";
            var files = new List<(string, byte[])> { (name, bytes) };
            if (i == 1)
            {
                // Two different files with the same name: the archive must keep both.
                files.Add((name, Encoding.UTF8.GetBytes("phụ lục")));
            }

            await UploadAsync(unit, Plan, files);
        }

        // NHNN corrects its plan later the same day: two versions, the second is the one archived.
        Time.Advance(TimeSpan.FromHours(3));
        await UploadAsync(Grassroots[0], Plan, [($"Kế hoạch QCDC {Grassroots[0].Code} (sửa).docx", Encoding.UTF8.GetBytes("bản sửa"))]);

        var statuses = Get<StatusNoteStore>();
        for (var i = 30; i < 34; i++)
        {
            var excuse = await statuses.AddAsync(Grassroots[i].Id, Plan.Id, StatusState.NothingToReport, "Không có nội dung phát sinh", null, "test:" + Grassroots[i].Code);
            await statuses.AcceptExcuseAsync(excuse.Id, "test:admin");
        }

        await statuses.AddAsync(Grassroots[34].Id, Plan.Id, StatusState.InProgress, "Đang làm, tuần sau gửi", null, "test:" + Grassroots[34].Code);

        var extensions = Get<ExtensionRequestStore>();
        foreach (var unit in new[] { Grassroots[35], Grassroots[36] })
        {
            var request = await extensions.CreateAsync(unit.Id, Plan.Id, new DateOnly(2026, 3, 15), "Chờ họp chi ủy", "test:" + unit.Code);
            Assert.NotNull(await extensions.DecideAsync(request.Id, approve: true, Admin));
        }

        // Topic: the first unit on time, then the office cancels it.
        await UploadAsync(Grassroots[0], Topic, [("Chuyên đề.pdf", Encoding.UTF8.GetBytes("chuyên đề"))]);
        await deadlines.CancelAsync(Topic.Id, Admin);
        Topic = (await deadlines.GetAsync(Topic.Id))!;

        // 12/3, 10:30 local: three late plans, one extended unit on time, the report from five units and one on paper.
        Time.SetUtcNow(new DateTimeOffset(2026, 3, 12, 3, 30, 0, TimeSpan.Zero));
        for (var i = 37; i < 40; i++)
        {
            await UploadAsync(Grassroots[i], Plan, [($"KH {Grassroots[i].Code}.pdf", Encoding.UTF8.GetBytes("trễ " + i))]);
        }

        await UploadAsync(Grassroots[35], Plan, [("Kế hoạch gia hạn.docx", Encoding.UTF8.GetBytes("gia hạn"))]);
        for (var i = 0; i < 5; i++)
        {
            await UploadAsync(Units[i], Report, [($"Báo cáo {Units[i].Code}.docx", Encoding.UTF8.GetBytes("báo cáo " + i))]);
        }

        await Get<SubmissionRecorder>().RecordAsync(Units[5], Report, [], SubmissionMethod.Paper, "bản giấy ngày 12/3", Admin, "test", CancellationToken.None);

        var invite = await Get<InviteStore>().CreateAsync(Unit("NHNN").Id, TimeSpan.FromDays(1), Admin);
        await Get<MemberStore>().BindWithInviteAsync(invite.Code, "test", SecretaryId, SecretaryId, "Thư ký NHNN");
    }

    private async Task UploadAsync(Unit unit, Deadline deadline, IReadOnlyList<(string Name, byte[] Bytes)> files)
    {
        var store = Get<SubmissionStore>();
        var incoming = new List<IncomingFile>();
        foreach (var (name, bytes) in files)
        {
            incoming.Add(new IncomingFile(name, "application/octet-stream", await store.PutFileAsync(bytes), bytes.Length));
        }

        await Get<SubmissionRecorder>().RecordAsync(unit, deadline, incoming, SubmissionMethod.Upload, string.Empty, "test:" + unit.Code, "test", CancellationToken.None);
        if (deadline.Id == Plan.Id)
        {
            PlanFiles[unit.Code] = files.ToList();
        }
    }

    private static byte[] Bytes(Random random, int size)
    {
        // Random bytes do not compress, so the archive's size is predictable.
        var bytes = new byte[size];
        random.NextBytes(bytes);
        return bytes;
    }
}
