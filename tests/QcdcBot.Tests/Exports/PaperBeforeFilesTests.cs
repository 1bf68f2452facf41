using QcdcBot.Bot.Exports;
using QcdcBot.Tests.Conversation;

namespace QcdcBot.Tests.Exports;

/// <summary>
/// A paper record made before the unit's upload: /taifile and the export show both, the files and the record beside
/// them; and once a unit has handed in, the export's status note no longer shows its earlier status reply.
/// </summary>
public sealed class PaperBeforeFilesTests
{
    [Theory]
    [InlineData("văn thư nhận bản giấy", "anh chup.png")]
    [InlineData("ban cung qua buu dien", "bao-cao-ky.pdf")]
    public async Task Recording_paper_before_an_upload_keeps_the_record_beside_the_files(string record, string file)
    {
        await using var bot = await BotHarness.CreateAsync();
        var deadline = await bot.AssignAsync("Báo cáo chuyên đề dân vận trước ngày 25/10/2024");
        var secretary = await bot.RegisterSecretaryAsync("SKHDT");
        await bot.SayConfirmedAsync(BotHarness.Admin, $"/ghinhan SKHDT #{deadline.Id} {record}");
        bot.Time.Advance(TimeSpan.FromHours(3));
        await bot.SendFileAsync(secretary, file, Enumerable.Range(0, 700).Select(i => (byte)i).ToArray(), caption: $"#{deadline.Id}");

        var archive = await bot.Get<SubmissionArchiver>().BuildAsync(deadline, CancellationToken.None);
        var reply = await bot.SayAsync(BotHarness.Admin, $"/taifile {deadline.Id}");

        Assert.Equal(1, archive.FileCount);
        Assert.Contains(record, Assert.Single(archive.UnitsAlsoOnPaper), StringComparison.Ordinal);
        Assert.Contains("bản ghi nhận ngoài bot", reply.Text(), StringComparison.Ordinal);
        var row = DeadlineSheet.Rows(await bot.Get<SheetSource>().ReadAsync(deadline, CancellationToken.None), bot.Get<QcdcBot.Scheduling.Calendar.OfficeClock>())
            .Single(r => r[0] is TextCell { Text: "SKHDT" });
        var files = Assert.IsType<TextCell>(row[7]).Text;
        Assert.Contains(file, files, StringComparison.Ordinal);
        Assert.Contains($"nộp ngoài bot: {record}", files, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("dang lam bc chuyen de")]
    [InlineData("e da gui qua email roi a")]
    public async Task A_status_reply_before_handing_in_is_not_the_status_note_once_handed_in(string said)
    {
        await using var bot = await BotHarness.CreateAsync();
        var deadline = await bot.AssignAsync("Báo cáo chuyên đề dân vận trước ngày 25/10/2024");
        var secretary = await bot.RegisterSecretaryAsync("SKHDT");
        await bot.SayAsync(secretary, said);
        bot.Time.Advance(TimeSpan.FromHours(3));
        await bot.SendFileAsync(secretary, "bao-cao.docx", Enumerable.Range(0, 700).Select(i => (byte)i).ToArray(), caption: $"#{deadline.Id}");

        var row = DeadlineSheet.Rows(await bot.Get<SheetSource>().ReadAsync(deadline, CancellationToken.None), bot.Get<QcdcBot.Scheduling.Calendar.OfficeClock>())
            .Single(r => r[0] is TextCell { Text: "SKHDT" });

        Assert.Null(row[9]);
    }
}
