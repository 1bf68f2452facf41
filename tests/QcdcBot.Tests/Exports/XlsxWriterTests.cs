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

    [Theory]
    [InlineData("BN2026-033504")]
    [InlineData("Bao cao QCDC.docx")]
    [InlineData("BN 1 ")]
    [InlineData("a & b <c>")]
    [InlineData("a\u0001b\u001F")]
    [InlineData("")]
    [InlineData("Báo cáo.docx")]
    public void A_text_written_unremembered_is_written_as_a_remembered_one(string text)
    {
        using var output = new MemoryStream();
        var writer = XlsxWriter.Create(output, "Thử", "Văn phòng");
        var longText = new string('x', 40_000);
        writer.AddSheet("Trang", [new ExportColumn("Nhớ", 10), new ExportColumn("Không nhớ", 10)], [[ExportCell.Of(text), ExportCell.Unique(text)], [ExportCell.Of(longText), ExportCell.Unique(longText)]], 0);
        writer.Finish();

        using var book = new OpenedWorkbook(output.ToArray());
        Assert.Equal(book.Cell("Trang", "A2")!.OuterXml, book.Cell("Trang", "B2")!.OuterXml.Replace("B2", "A2", StringComparison.Ordinal));
        Assert.Equal(32_767, book.Text("Trang", "B3")!.Length);
        Assert.Equal(book.Cell("Trang", "A3")!.OuterXml, book.Cell("Trang", "B3")!.OuterXml.Replace("B3", "A3", StringComparison.Ordinal));
    }

    [Fact]
    public void A_cell_names_its_place_only_after_a_left_out_empty_cell_and_every_cell_lands_in_its_column()
    {
        using var output = new MemoryStream();
        var writer = XlsxWriter.Create(output, "Thử", "Văn phòng");
        writer.AddSheet(
            "Trang",
            [new ExportColumn("A", 10), new ExportColumn("B", 10), new ExportColumn("C", 10), new ExportColumn("D", 10), new ExportColumn("E", 10)],
            [[ExportCell.Of("một"), ExportCell.Of(2), null, ExportCell.Of("bốn"), ExportCell.Of(new DateOnly(2024, 10, 25))]],
            0);
        writer.Finish();

        using var book = new OpenedWorkbook(output.ToArray());
        var cells = book.Sheet("Trang").Descendants<DocumentFormat.OpenXml.Spreadsheet.Row>().ElementAt(1)
            .Elements<DocumentFormat.OpenXml.Spreadsheet.Cell>().ToList();
        Assert.Equal([null, null, "D2", null], cells.Select(c => c.CellReference?.Value));
        Assert.Equal("một", book.Text("Trang", "A2"));
        Assert.Equal("2", book.Text("Trang", "B2"));
        Assert.Null(book.Cell("Trang", "C2"));
        Assert.Equal("bốn", book.Text("Trang", "D2"));
        Assert.Equal("dd/mm/yyyy", book.FormatCode("Trang", "E2"));
    }
}
