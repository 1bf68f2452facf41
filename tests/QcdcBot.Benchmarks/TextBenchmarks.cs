using BenchmarkDotNet.Attributes;
using QcdcBot.Bot.Text;

namespace QcdcBot.Benchmarks;

/// <summary>The text work every inbound message pays for: cleaning, folding and finding a deadline phrase.</summary>
[MemoryDiagnoser]
public class TextBenchmarks
{
    private readonly DateOnly _today = new(2024, 5, 22);
    private string _letter = string.Empty;

    public string Command { get; set; } = "/giao Báo cáo tự kiểm tra, giám sát việc thực hiện dân chủ ở cơ sở trước ngày 25/10/2024 cho tất cả";

    [GlobalSetup]
    public void Setup() => _letter = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Seeds", "002_77675ec24c902d89.txt"));

    [Benchmark]
    public string NormalizeCommand() => VietnameseText.Normalize(Command);

    [Benchmark]
    public string FoldCommand() => VietnameseText.Fold(Command);

    [Benchmark]
    public DateOnly? ParseCommandDate() => DatePhraseParser.Parse(Command, _today).Date;

    /// <summary>A whole 21 KB official letter (partly NFD): every deadline phrase in it.</summary>
    [Benchmark]
    public int FindAllInSeedLetter() => DatePhraseParser.FindAll(_letter, _today).Count;
}
