using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;
using QcdcBot.Tests.Conversation;

namespace QcdcBot.Tests.Letters;

/// <summary>A plan whose deadlines are in a table, exported to PDF as Word prints it: each row read as the .docx row is.</summary>
public sealed class PdfTableTests : ClerkRound
{
    private const string VietnameseFont = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";

    // Each row's cells as Word prints them: wrapped at the column's width, the first line of every cell on one baseline.
    private static readonly string[][] Rows =
    [
        ["TT", "Nội dung", "Đơn vị thực hiện", "Thời hạn"],
        ["1", "Báo cáo tổng kết công tác dân vận năm 2026", "Các chi, đảng bộ cơ sở", "15/12/2026"],
        ["2", "Báo cáo kết quả giám sát", "Các đoàn thể khối", "18/12/2026"],
        ["3", "Hồ sơ đề nghị khen thưởng", "Sở Y tế, Sở Tư pháp", "ngày 24 tháng 12 năm 2026"],
        ["4", "Họp Ban Chỉ đạo tổng kết", "Ban Tuyên giáo", "28/12/2026"],
        ["5", "Đăng ký mô hình Dân vận khéo năm 2027", "Các chi bộ", "Tháng 1/2027"],
        ["6", "Báo cáo tự kiểm tra", "Sở Tư pháp", "21/12/2026"],
    ];

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_table_in_a_pdf_gives_each_row_its_own_deadline_as_the_docx_does(bool cellsAtTheFoot)
    {
        await using var bot = await BotHarness.CreateAsync(Today);
        var draft = await ProposalHarness.ProposeAsync(bot, "kh.pdf", TablePdf(wrapAt: 22, cellsAtTheFoot));

        var items = await ProposalHarness.DescribeAsync(bot, draft);

        Assert.Equal(
            [
                "Báo cáo tổng kết công tác dân vận năm 2026 | 2026-12-15 | grassroots",
                "Báo cáo kết quả giám sát | 2026-12-18 | kind:DoanThe",
                "Hồ sơ đề nghị khen thưởng | 2026-12-24 | units:SYT,STP",
                "Đăng ký mô hình Dân vận khéo năm 2027 | 2027-01-29 | kind:ChiBo",
                "Báo cáo tự kiểm tra | 2026-12-21 | units:STP",
            ],
            items.Select(i => string.Join(" | ", i.Split(" | ").Take(3))));
        Assert.Contains(draft.Skipped, s => s.Contains("28/12/2026", StringComparison.Ordinal));
    }

    /// <summary>
    /// The letter's head as lines, then the table: columns at fixed places, each cell wrapped at <paramref name="wrapAt"/>
    /// letters and set at the top of its row (Word's default) or, <paramref name="cellsAtTheFoot"/>, at its foot.
    /// </summary>
    private static byte[] TablePdf(int wrapAt, bool cellsAtTheFoot)
    {
        Assert.True(File.Exists(VietnameseFont), $"The PDF tests need {VietnameseFont} (apt-get install fonts-dejavu-core).");
        var builder = new PdfDocumentBuilder();
        var font = builder.AddTrueTypeFont(File.ReadAllBytes(VietnameseFont));
        const double Size = 9;
        var page = builder.AddPage(595, 842);
        var y = 800.0;
        foreach (var line in ToGrassroots.Split('\n').Where(l => l.Length > 0).Append("III. TỔ CHỨC THỰC HIỆN"))
        {
            page.AddText(line, Size, new PdfPoint(40, y), font);
            y -= Size * 2;
        }

        double[] columns = [40, 70, 250, 400];
        foreach (var row in Rows)
        {
            var wrapped = row.Select(cell => Wrap(cell, wrapAt)).ToList();
            var height = wrapped.Max(c => c.Count);
            for (var line = 0; line < height; line++)
            {
                for (var c = 0; c < row.Length; c++)
                {
                    var at = cellsAtTheFoot ? line - (height - wrapped[c].Count) : line;
                    if (at >= 0 && at < wrapped[c].Count)
                    {
                        page.AddText(wrapped[c][at], Size, new PdfPoint(columns[c] + 4, y), font);
                    }
                }

                y -= Size * 1.3;
            }

            y -= Size;
        }

        page.AddText("Ban Tuyên giáo tổng hợp, báo cáo Ban Thường vụ trước ngày 30/12/2026.", Size, new PdfPoint(40, y - Size), font);
        return builder.Build();
    }

    private static List<string> Wrap(string cell, int width)
    {
        var lines = new List<string>();
        foreach (var word in cell.Split(' '))
        {
            if (lines.Count > 0 && lines[^1].Length + 1 + word.Length <= width)
            {
                lines[^1] += " " + word;
            }
            else
            {
                lines.Add(word);
            }
        }

        return lines;
    }
}
