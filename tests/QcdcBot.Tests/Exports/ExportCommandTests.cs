using QcdcBot.Bot.Hosting;

namespace QcdcBot.Tests.Exports;

public sealed class ExportCommandTests
{
    [Fact]
    public void Export_is_a_command_line_tool() =>
        Assert.True(CommandLineTools.IsTool(["export", "--out", "x.xlsx"]));

    [Fact]
    public async Task Without_a_deadline_every_deadline_is_written_to_a_workbook_that_opens()
    {
        await using var data = await ExportDataset.CreateAsync();
        var file = Path.Combine(Path.GetTempPath(), $"qcdc-export-{Guid.NewGuid():N}", "tong hop.xlsx");
        try
        {
            var output = new StringWriter();
            var code = await CommandLineTools.RunAsync(["export", "--out", file, "--Storage:Path", data.DatabasePath], output);

            Assert.True(code == 0, output.ToString());
            Assert.Contains("Đã xuất 3 việc", output.ToString(), StringComparison.Ordinal);
            using var book = new OpenedWorkbook(await File.ReadAllBytesAsync(file));
            Assert.Equal(4, book.SheetNames.Count);
            Assert.Equal("Kế hoạch thực hiện QCDC năm 2026", book.Text("Tổng hợp", "B3"));
            Assert.Equal(74, book.Number("Tổng hợp", "E3"));
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(file)!, recursive: true);
        }
    }

    [Fact]
    public async Task A_deadline_by_name_or_number_exports_that_one()
    {
        await using var data = await ExportDataset.CreateAsync();
        var file = Path.Combine(Path.GetTempPath(), $"qcdc-export-{Guid.NewGuid():N}.xlsx");
        try
        {
            foreach (var deadline in new[] { "ke hoach", data.Plan.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), $"#{data.Plan.Id}" })
            {
                var output = new StringWriter();
                var code = await CommandLineTools.RunAsync(["export", "--deadline", deadline, "--out", file, $"--Storage:Path={data.DatabasePath}"], output);
                Assert.True(code == 0, output.ToString());
                using var book = new OpenedWorkbook(await File.ReadAllBytesAsync(file));
                Assert.Equal(2, book.SheetNames.Count);
                Assert.Equal(data.Plan.Title, book.Text("Tổng hợp", "B2"));
            }
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Theory]
    [InlineData("Thiếu --out", "export")]
    [InlineData("Thiếu giá trị sau --out", "export", "--out")]
    [InlineData("Thiếu giá trị sau --deadline", "export", "--deadline", "--out", "a.xlsx")]
    [InlineData("Không hiểu tham số \"--dealine\"", "export", "--dealine", "1", "--out", "a.xlsx")]
    [InlineData("Không hiểu tham số \"a.xlsx\"", "export", "a.xlsx")]
    public async Task Bad_arguments_are_explained_in_vietnamese_and_return_2(string message, params string[] args)
    {
        var output = new StringWriter();
        Assert.Equal(2, await CommandLineTools.RunAsync(args, output));
        Assert.Contains(message, output.ToString(), StringComparison.Ordinal);
        Assert.Contains("Cách dùng", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_or_ambiguous_deadline_returns_2_and_writes_nothing()
    {
        await using var data = await ExportDataset.CreateAsync();
        var file = Path.Combine(Path.GetTempPath(), $"qcdc-export-{Guid.NewGuid():N}.xlsx");

        var output = new StringWriter();
        Assert.Equal(2, await CommandLineTools.RunAsync(["export", "--deadline", "không có việc này", "--out", file, "--Storage:Path", data.DatabasePath], output));
        Assert.Contains("Không tìm thấy việc", output.ToString(), StringComparison.Ordinal);

        output = new StringWriter();
        Assert.Equal(2, await CommandLineTools.RunAsync(["export", "--deadline", "báo cáo", "--out", file, "--Storage:Path", data.DatabasePath], output));
        Assert.Contains("khớp với nhiều việc", output.ToString(), StringComparison.Ordinal);
        Assert.False(File.Exists(file));
    }

    [Fact]
    public async Task A_missing_store_is_an_error_not_an_empty_workbook()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"qcdc-export-{Guid.NewGuid():N}");
        var output = new StringWriter();
        Assert.Equal(1, await CommandLineTools.RunAsync(["export", "--out", Path.Combine(folder, "a.xlsx"), "--Storage:Path", Path.Combine(folder, "none.db")], output));
        Assert.Contains("Không tìm thấy cơ sở dữ liệu", output.ToString(), StringComparison.Ordinal);
        Assert.False(Directory.Exists(folder));
    }
}
