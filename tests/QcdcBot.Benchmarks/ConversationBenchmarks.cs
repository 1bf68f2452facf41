using System.IO.Compression;
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

    /// <summary>A 200 KB .docx each time (new bytes, so a new version): packaging it (a stored zip, small), checking it, hashing, storing the blob, the receipt.</summary>
    [Benchmark]
    public async Task<int> SecretaryUploads200KbFile()
    {
        var payload = new byte[200 * 1024];
        BitConverter.TryWriteBytes(payload, Interlocked.Increment(ref _uploads));
        var bytes = WordPackage(payload);
        var attachment = new InboundAttachment("baocao.docx", string.Empty, bytes.Length, _ => Task.FromResult(bytes));
        return (await _bot.OnTurnAsync(BenchmarkStore.Say(BenchmarkStore.SecretaryId, "", attachment), CancellationToken.None)).Replies.Count;
    }

    [Benchmark]
    public async Task<int> AdminTally() => (await _bot.OnTurnAsync(BenchmarkStore.Say("admin", "/tinhhinh"), CancellationToken.None)).Replies.Count;

    [Benchmark]
    public async Task<int> TallyOneDeadline77Units() => (await _tallies.ForDeadlineAsync(_deadline)).Submitted;

    internal static void ClearPools() => SqliteConnection.ClearAllPools();

    /// <summary>A .docx-shaped file (a zip listing [Content_Types].xml): the bot refuses a ".docx" whose bytes are no Word package.</summary>
    private static byte[] WordPackage(byte[] payload)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            using (var types = zip.CreateEntry("[Content_Types].xml").Open())
            {
                types.Write("<Types/>"u8);
            }

            using var body = zip.CreateEntry("word/document.bin", CompressionLevel.NoCompression).Open();
            body.Write(payload);
        }

        return buffer.ToArray();
    }
}
