using Microsoft.Extensions.DependencyInjection;
using QcdcBot.Bot.Hosting;
using QcdcBot.Storage.Deadlines;
using QcdcBot.Tests.Conversation;

namespace QcdcBot.Tests.Letters;

/// <summary><c>congvan &lt;tệp&gt; [--create]</c> against a store with the sample units, on the letter's date.</summary>
public sealed class LetterCommandTests
{
    [Fact]
    public async Task The_proposal_is_printed_and_nothing_is_created_without_create()
    {
        await using var bot = await SeedProposalTests.OnLetterDateAsync(LetterFiles.Letter1720);
        var file = await WriteAsync(bot, "1720.docx", LetterFiles.Docx(LetterFiles.Seed(LetterFiles.Letter1720)));
        var output = new StringWriter();

        var code = await CommandLineTools.RunAsync(["congvan", file, "--Storage:Path", bot.DatabasePath], output, b => b.Services.AddSingleton<TimeProvider>(bot.Time));

        Assert.True(code == 0, output.ToString());
        var text = output.ToString();
        Assert.Contains("Công văn số 1720-CV/ĐUK, ngày 22/5/2024\nTìm thấy 2 hạn nộp:\n1. Báo cáo tự kiểm tra, giám sát thực hiện dân chủ ở cơ sở năm 2024", text, StringComparison.Ordinal);
        Assert.Contains("thêm --create để tạo", text, StringComparison.Ordinal);
        Assert.DoesNotContain("tạo tất cả", text, StringComparison.Ordinal);
        Assert.Empty(await bot.Get<DeadlineStore>().ListAsync());
    }

    [Fact]
    public async Task Create_makes_the_deadlines_with_their_letter_like_the_chat()
    {
        await using var bot = await SeedProposalTests.OnLetterDateAsync(LetterFiles.Plan2024);
        var file = await WriteAsync(bot, "kehoach.txt", LetterFiles.SeedBytes(LetterFiles.Plan2024));
        var output = new StringWriter();

        // The plan's "10/4/2023" is read as 10/4/2024, a date the bot changed: created only with --accept-guesses.
        var code = await CommandLineTools.RunAsync(["congvan", file, "--create", "--accept-guesses", $"--Storage:Path={bot.DatabasePath}"], output, b => b.Services.AddSingleton<TimeProvider>(bot.Time));

        Assert.True(code == 0, output.ToString());
        Assert.Contains("Đã giao 1 việc theo Kế hoạch ngày 25/3/2024:", output.ToString(), StringComparison.Ordinal);
        var deadline = Assert.Single(await bot.Get<DeadlineStore>().ListAsync());
        Assert.Equal((new DateOnly(2024, 4, 10), "Kế hoạch ngày 25/3/2024", "cli:congvan"), (deadline.DueDate, deadline.LetterReference, deadline.CreatedBy));
    }

    [Fact]
    public async Task A_scan_or_a_missing_file_or_no_file_is_refused()
    {
        await using var bot = await SeedProposalTests.OnLetterDateAsync(LetterFiles.Letter1720);
        var scan = await WriteAsync(bot, "scan.pdf", new UglyToad.PdfPig.Writer.PdfDocumentBuilder().Build());
        var output = new StringWriter();

        Assert.Equal(1, await CommandLineTools.RunAsync(["congvan", scan, "--Storage:Path", bot.DatabasePath], output));
        Assert.Equal(1, await CommandLineTools.RunAsync(["congvan", Path.Combine(bot.Folder, "khong-co.docx"), "--Storage:Path", bot.DatabasePath], output));
        Assert.Equal(2, await CommandLineTools.RunAsync(["congvan"], output));

        Assert.Contains("không có lớp chữ", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("Không tìm thấy tệp", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("Thiếu tệp công văn", output.ToString(), StringComparison.Ordinal);
    }

    private static async Task<string> WriteAsync(BotHarness bot, string name, byte[] bytes)
    {
        var path = Path.Combine(bot.Folder, name);
        await File.WriteAllBytesAsync(path, bytes);
        return path;
    }
}
