using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using QcdcBot.Bot.Conversation;
using QcdcBot.Scheduling;
using QcdcBot.Storage;
using QcdcBot.Storage.Deadlines;
using QcdcBot.Storage.Members;
using QcdcBot.Storage.Units;

namespace QcdcBot.Benchmarks;

/// <summary>A temp SQLite store with the sample units, an admin, a bound secretary and one open deadline.</summary>
internal sealed class BenchmarkStore : IDisposable
{
    public const string SecretaryId = "thuky-nhnn";

    private readonly string _folder;

    private BenchmarkStore(ServiceProvider services, string folder, Deadline deadline)
    {
        Services = services;
        _folder = folder;
        Deadline = deadline;
    }

    public ServiceProvider Services { get; }

    public Deadline Deadline { get; }

    public static async Task<BenchmarkStore> CreateAsync()
    {
        var folder = Path.Combine(Path.GetTempPath(), "qcdcbot-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var services = new ServiceCollection()
            .AddLogging(b => b.SetMinimumLevel(LogLevel.Warning))
            .AddSingleton(TimeProvider.System)
            .AddSingleton(Options.Create(new StorageOptions { Path = Path.Combine(folder, "bench.db") }))
            .Configure<BotOptions>(o => o.Admins = ["bench:admin"])
            .AddStorageServices()
            .AddSchedulingServices()
            .AddConversationServices()
            .BuildServiceProvider();

        using (var reader = new StreamReader(Path.Combine(AppContext.BaseDirectory, "units.sample.csv")))
        {
            await services.GetRequiredService<UnitCsvImporter>().ImportAsync(reader, "bench");
        }

        var unit = (await services.GetRequiredService<UnitStore>().FindByCodeAsync("NHNN"))!;
        var invite = await services.GetRequiredService<InviteStore>().CreateAsync(unit.Id, TimeSpan.FromDays(1), "bench");
        await services.GetRequiredService<MemberStore>().BindWithInviteAsync(invite.Code, "bench", SecretaryId, SecretaryId, "Thư ký");
        var today = DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime);
        var deadline = await services.GetRequiredService<DeadlineStore>().CreateAsync(
            new NewDeadline("Kế hoạch thực hiện QCDC", today.AddDays(10), DeadlineScope.Grassroots, null, [], Recurrence.None, "trước 10 ngày nữa", "bench:admin"));
        return new BenchmarkStore(services, folder, deadline);
    }

    public static InboundActivity Say(string user, string text, params InboundAttachment[] attachments) =>
        new("bench", user, user, user, text, attachments);

    public void Dispose()
    {
        Services.Dispose();
        ConversationBenchmarks.ClearPools();
        Directory.Delete(_folder, recursive: true);
    }
}
