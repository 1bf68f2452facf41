using BenchmarkDotNet.Attributes;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using QcdcBot.Bot.Conversation;
using QcdcBot.Bot.Digest;
using QcdcBot.Bot.Exports;
using QcdcBot.Scale;
using QcdcBot.Scheduling;
using QcdcBot.Scheduling.Digests;
using QcdcBot.Scheduling.Tallies;
using QcdcBot.Storage;
using QcdcBot.Storage.Deadlines;

namespace QcdcBot.Benchmarks;

/// <summary>
/// The tally, the digest (/tonghop's work, without the chat) and the export over the scale dataset: a real SQLite
/// file of 10,000 units × 50 deadlines with the office's mix, made once by the generator the load harness uses.
/// </summary>
[MemoryDiagnoser]
public class ScaleBenchmarks
{
    private string _folder = string.Empty;
    private ServiceProvider? _services;
    private IReadOnlyList<Deadline> _all = [];

    [Params(10_000)]
    public int Units { get; set; }

    [Params(50)]
    public int Deadlines { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _folder = Path.Combine(Path.GetTempPath(), "qcdcbot-bench-scale-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_folder);
        var path = Path.Combine(_folder, "scale.db");
        ScaleDataset.CreateAsync(path, Units, Deadlines, TimeProvider.System.GetUtcNow()).GetAwaiter().GetResult();
        var services = new ServiceCollection()
            .AddLogging(b => b.SetMinimumLevel(LogLevel.Warning))
            .AddSingleton(TimeProvider.System)
            .AddSingleton(Options.Create(new StorageOptions { Path = path }))
            .Configure<BotOptions>(o => o.Admins = [ScaleDataset.Admin])
            .AddStorageServices()
            .AddSchedulingServices()
            .AddConversationServices();
        services.AddOptions<DigestOptions>();
        services.AddDigestServices();
        services.AddExportBuilders();
        _services = services.BuildServiceProvider();
        _all = _services.GetRequiredService<DeadlineStore>().ListAsync(includeClosed: true).GetAwaiter().GetResult();
    }

    [Benchmark]
    public async Task<int> Tally_of_every_deadline() =>
        (await _services!.GetRequiredService<TallyService>().ForDeadlinesAsync(_all, withFiles: false)).Sum(t => t.Submitted);

    [Benchmark]
    public async Task<int> Counts_of_every_deadline() =>
        (await _services!.GetRequiredService<TallyCounter>().CountAsync(_all, DigestBuilder.MaxNamedMissing, DateOnly.FromDateTime(TimeProvider.System.GetLocalNow().DateTime))).Deadlines.Sum(t => t.Submitted);

    [Benchmark]
    public async Task<int> Digest_composed_as_tonghop_does() =>
        (await _services!.GetRequiredService<DigestService>().ComposeAsync(listMissing: true, CancellationToken.None)).Text.Length;

    [Benchmark]
    public async Task<long> Export_workbook_of_every_deadline()
    {
        await using var sink = new CountingStream();
        await _services!.GetRequiredService<ProgressWorkbook>().WriteAsync(_all, sink, CancellationToken.None);
        return sink.Length;
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _services?.Dispose();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    /// <summary>Counts what the workbook writer sends and keeps none of it: the export's own cost, not a file system's.</summary>
    private sealed class CountingStream : Stream
    {
        private long _length;

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => _length;

        public override long Position { get => _length; set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => _length += count;
    }
}
