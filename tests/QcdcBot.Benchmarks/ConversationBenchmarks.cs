using BenchmarkDotNet.Attributes;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using QcdcBot.Bot.Conversation;
using QcdcBot.Scheduling.Tallies;
using QcdcBot.Storage.Deadlines;

namespace QcdcBot.Benchmarks;

/// <summary>
/// Whole turns through the real core and a real SQLite file (WAL), with the 77 sample units: what a secretary's
/// message and an admin's tally cost end to end, without a network.
/// </summary>
[MemoryDiagnoser]
public class ConversationBenchmarks
{
    private BenchmarkStore _store = null!;
    private ConversationBot _bot = null!;
    private TallyService _tallies = null!;
    private Deadline _deadline = null!;
    private int _uploads;

    [GlobalSetup]
    public async Task Setup()
    {
        _store = await BenchmarkStore.CreateAsync();
        _bot = _store.Services.GetRequiredService<ConversationBot>();
        _tallies = _store.Services.GetRequiredService<TallyService>();
        _deadline = _store.Deadline;
    }

    [GlobalCleanup]
    public void Cleanup() => _store.Dispose();

    [Benchmark]
    public async Task<int> SecretaryListsTasks() => (await _bot.OnTurnAsync(BenchmarkStore.Say(BenchmarkStore.SecretaryId, "/viec"), CancellationToken.None)).Replies.Count;

    [Benchmark]
    public async Task<int> SecretaryStatusReply() => (await _bot.OnTurnAsync(BenchmarkStore.Say(BenchmarkStore.SecretaryId, "dang lam"), CancellationToken.None)).Replies.Count;

    /// <summary>A 200 KB .docx each time (new bytes, so a new version): hashing, storing the blob, the receipt.</summary>
    [Benchmark]
    public async Task<int> SecretaryUploads200KbFile()
    {
        var bytes = new byte[200 * 1024];
        BitConverter.TryWriteBytes(bytes, Interlocked.Increment(ref _uploads));
        var attachment = new InboundAttachment("baocao.docx", string.Empty, bytes.Length, _ => Task.FromResult(bytes));
        return (await _bot.OnTurnAsync(BenchmarkStore.Say(BenchmarkStore.SecretaryId, "", attachment), CancellationToken.None)).Replies.Count;
    }

    [Benchmark]
    public async Task<int> AdminTally() => (await _bot.OnTurnAsync(BenchmarkStore.Say("admin", "/tinhhinh"), CancellationToken.None)).Replies.Count;

    [Benchmark]
    public async Task<int> TallyOneDeadline77Units() => (await _tallies.ForDeadlineAsync(_deadline)).Submitted;

    internal static void ClearPools() => SqliteConnection.ClearAllPools();
}
