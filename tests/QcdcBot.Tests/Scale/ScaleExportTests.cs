using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.Data.Sqlite;
using QcdcBot.Bot.Hosting;
using QcdcBot.Scale;
using QcdcBot.Tests.Exports;
using QcdcBot.Tests.Support;

namespace QcdcBot.Tests.Scale;

public sealed class ScaleExportTests
{
    [Fact]
    public async Task The_export_of_a_mid_size_store_opens_with_a_row_per_unit_on_every_deadline_sheet()
    {
        var folder = CoreServices.NewFolder("scale-export");
        var path = Path.Combine(folder, "scale.db");
        var file = Path.Combine(folder, "out", "tong hop.xlsx");
        try
        {
            var mix = await ScaleDataset.CreateAsync(path, units: 300, deadlines: 8, TimeProvider.System.GetUtcNow());
            var output = new StringWriter();

            var code = await CommandLineTools.RunAsync(["export", "--out", file, "--Storage:Path", path], output);

            Assert.True(code == 0, output.ToString());
            Assert.False(File.Exists(file + ".partial"));
            using var book = new OpenedWorkbook(await File.ReadAllBytesAsync(file));
            Assert.Equal(9, book.SheetNames.Count);
            Assert.Equal("Tổng hợp", book.SheetNames[0]);
            Assert.Equal(9, book.Sheet("Tổng hợp").Descendants<Row>().Count());
            foreach (var sheet in book.SheetNames.Skip(1))
            {
                Assert.Equal(301, book.Sheet(sheet).Descendants<Row>().Count());
                Assert.Equal("A1:M301", book.Sheet(sheet).Descendants<AutoFilter>().Single().Reference?.Value);
                Assert.Equal("DV00300", book.Text(sheet, "A301"));
            }

            // The summary's numbers are the tallies' (submitted over every deadline), and texts are inline: no shared-string table.
            Assert.Equal(mix.Submitted, book.SheetNames.Skip(1).Select((_, i) => (int)book.Number("Tổng hợp", $"F{i + 2}")).Sum());
            Assert.Null(book.WorkbookPart.SharedStringTablePart);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }
}
