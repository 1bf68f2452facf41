using QcdcBot.Bot.Exports;

namespace QcdcBot.Tests.Exports;

public sealed class XlsxWriterTests
{
    [Fact]
    public void A_text_written_unremembered_is_cleaned_escaped_and_keeps_its_spaces_as_a_remembered_one()
    {
        const string raw = " Tờ trình & <phụ lục>\u0001 số 2 ";
        const string shown = " Tờ trình & <phụ lục> số 2 ";
        using var output = new MemoryStream();
        var writer = XlsxWriter.Create(output, "Thử", "Văn phòng");
        writer.AddSheet("Trang", [new ExportColumn("Nhớ", 10), new ExportColumn("Không nhớ", 10)], [[ExportCell.Of(raw), ExportCell.Unique(raw)]], 0);
        writer.Finish();

        using var book = new OpenedWorkbook(output.ToArray());
        Assert.Equal(shown, book.Text("Trang", "A2"));
        Assert.Equal(shown, book.Text("Trang", "B2"));
        Assert.Equal(book.Cell("Trang", "A2")!.OuterXml, book.Cell("Trang", "B2")!.OuterXml.Replace("B2", "A2", StringComparison.Ordinal));
    }
}
