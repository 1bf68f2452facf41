using BenchmarkDotNet.Attributes;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Microsoft.Extensions.DependencyInjection;
using QcdcBot.Bot.Letters;
using QcdcBot.Bot.Letters.Reading;

namespace QcdcBot.Benchmarks;

/// <summary>
/// /congvan on a 30-page letter: the five seed letters under the header of Công văn 1720-CV/ĐUK, plus that letter
/// once more (about 90,000 characters, 1,100 lines, 6 deadlines), read from .docx or .txt and proposed against the store.
/// </summary>
[MemoryDiagnoser]
public class LetterBenchmarks
{
    private BenchmarkStore _store = null!;
    private ProposalBuilder _builder = null!;
    private byte[] _docx = [];
    private byte[] _txt = [];

    [GlobalSetup]
    public void Setup()
    {
        _store = BenchmarkStore.CreateAsync().GetAwaiter().GetResult();
        _builder = _store.Services.GetRequiredService<ProposalBuilder>();
        string[] seeds = ["001_81899a22d58e5ae3.txt", "000_1392fca7dbe23cff.txt", "002_77675ec24c902d89.txt", "003_dff5dd5401502673.txt", "004_40138959c7253939.txt", "001_81899a22d58e5ae3.txt"];
        var text = string.Join('\n', seeds.Select(s => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Seeds", s))));
        _txt = System.Text.Encoding.UTF8.GetBytes(text);
        _docx = Docx(text);
    }

    [GlobalCleanup]
    public void Cleanup() => _store.Dispose();

    [Benchmark]
    public async Task<int> ReadAndProposeDocx() => await ProposeAsync("congvan.docx", _docx);

    [Benchmark]
    public async Task<int> ReadAndProposeTxt() => await ProposeAsync("congvan.txt", _txt);

    private async Task<int> ProposeAsync(string name, byte[] bytes)
    {
        var text = LetterReader.Read(name, bytes).Text!;
        var draft = await _builder.BuildAsync(text, new DateOnly(2024, 5, 22), CancellationToken.None);
        return draft.Items.Count;
    }

    private static byte[] Docx(string text)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var body = new Body();
            foreach (var line in text.Split('\n'))
            {
                body.Append(new Paragraph(new Run(new DocumentFormat.OpenXml.Wordprocessing.Text(line) { Space = SpaceProcessingModeValues.Preserve })));
            }

            main.Document = new Document(body);
            main.Document.Save();
        }

        return stream.ToArray();
    }
}
