using QcdcBot.Bot.Exports;
using QcdcBot.Tests.Conversation;

namespace QcdcBot.Tests.Exports;

/// <summary>The office recording paper after a unit uploaded keeps the upload in /taifile and the export, with the paper record beside it.</summary>
public sealed class PaperBesideFilesTests
{
    [Fact]
    public async Task Recording_paper_after_an_upload_keeps_the_files_in_the_archive_and_the_sheet_and_names_the_record()
    {
        await using var bot = await BotHarness.CreateAsync();
        var deadline = await bot.AssignAsync("Báo cáo chuyên đề dân vận trước ngày 25/10/2024");
        var secretary = await bot.RegisterSecretaryAsync("SKHDT");
        await bot.SendFileAsync(secretary, "bao-cao-chuyen-de.pdf", Enumerable.Range(0, 900).Select(i => (byte)i).ToArray());
        bot.Time.Advance(TimeSpan.FromHours(2));
        await bot.SayConfirmedAsync(BotHarness.Admin, $"/ghinhan SKHDT #{deadline.Id} bản ký đóng dấu qua văn thư");

        var archive = await bot.Get<SubmissionArchiver>().BuildAsync(deadline, CancellationToken.None);
        var reply = await bot.SayAsync(BotHarness.Admin, $"/taifile {deadline.Id}");

        Assert.Equal(1, archive.FileCount);
        Assert.Empty(archive.UnitsWithoutFiles);
        Assert.Contains("bản ký đóng dấu qua văn thư", Assert.Single(archive.UnitsAlsoOnPaper), StringComparison.Ordinal);
        Assert.Contains("bản ghi nhận ngoài bot", reply.Text(), StringComparison.Ordinal);

        // The export's sheet, read as ProgressWorkbook reads it.
        var sheet = await bot.Get<SheetSource>().ReadAsync(deadline, CancellationToken.None);
        var row = DeadlineSheet.Rows(sheet, bot.Get<QcdcBot.Scheduling.Calendar.OfficeClock>())
            .Single(r => r[0] is TextCell { Text: "SKHDT" });
        var files = Assert.IsType<TextCell>(row[7]).Text;
        Assert.Contains("bao-cao-chuyen-de.pdf", files, StringComparison.Ordinal);
        Assert.Contains("nộp ngoài bot: bản ký đóng dấu qua văn thư", files, StringComparison.Ordinal);
    }
}

/// <summary>/ghinhan takes the day the office received the paper from the command, refuses a future one and grades by it.</summary>
public sealed class PaperReceivedDateTests
{
    [Theory]
    [InlineData("van thu nhan hom 24/10", "24/10/2024", "đúng hạn")]
    [InlineData("đã nhận bản cứng ngày 24 tháng 10 năm 2024", "24/10/2024", "đúng hạn")]
    [InlineData("qua email, nhận 27/10", "27/10/2024", "trễ 2 ngày")]
    public async Task Paper_typed_days_later_is_graded_by_the_received_day_and_the_admin_is_audited(string note, string day, string grade)
    {
        await using var bot = await BotHarness.CreateAsync();
        var deadline = await bot.AssignAsync("Báo cáo tự kiểm tra QCDC trước ngày 25/10/2024");
        bot.SetLocalTime(2024, 10, 30, 9, 0);

        var receipt = await bot.SayConfirmedAsync(BotHarness.Admin, $"/ghinhan SUHLS; {deadline.Id}; {note}");

        Assert.Contains($"Văn phòng nhận ngày: {day}", receipt.Text(), StringComparison.Ordinal);
        Assert.Contains($"Tình trạng: {grade}", receipt.Text(), StringComparison.Ordinal);
        var audit = (await bot.Get<QcdcBot.Storage.Audit.AuditStore>().RecentAsync(1))[0];
        Assert.Equal(("submission.add", $"test:{BotHarness.Admin}"), (audit.Action, audit.Actor));
    }

    [Fact]
    public async Task A_received_day_that_has_not_come_yet_is_refused_and_nothing_is_written()
    {
        await using var bot = await BotHarness.CreateAsync();
        var deadline = await bot.AssignAsync("Báo cáo tự kiểm tra QCDC trước ngày 25/10/2024");

        var reply = await bot.SayAsync(BotHarness.Admin, $"/ghinhan SUHLS #{deadline.Id} ban giay nhan ngay 22/10/2024");

        Assert.Contains("chưa tới", reply.Text(), StringComparison.Ordinal);
        Assert.Equal(0, await bot.CountAsync("submissions"));
    }
}

/// <summary>/ghinhan never moves a word of a unit's name into the deadline.</summary>
public sealed class PaperWordSplitTests
{
    [Fact]
    public async Task A_unit_name_matching_several_units_asks_which_unit_and_keeps_the_deadline()
    {
        await using var bot = await BotHarness.CreateAsync();
        var deadline = await bot.AssignAsync("Báo cáo tự kiểm tra QCDC trước ngày 25/10/2024");

        var asked = await bot.SayAsync(BotHarness.Admin, $"/ghinhan ngan hang {deadline.Id} ban giay");

        Assert.DoesNotContain("Không tìm thấy việc", asked.Text(), StringComparison.Ordinal);
        Assert.True(asked.Last().Choices.Count > 1, asked.Text());
        await bot.SayAsync(BotHarness.Admin, "1");
        // Read and answered a while later: an answer, not a double tap of the number before.
        bot.Time.Advance(TimeSpan.FromSeconds(30));
        var recorded = await bot.SayAsync(BotHarness.Admin, "1");
        Assert.Contains("Biên nhận", recorded.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_deadline_after_a_multi_word_unit_is_quoted_whole()
    {
        await using var bot = await BotHarness.CreateAsync();
        await bot.AssignAsync("Báo cáo tự kiểm tra QCDC trước ngày 25/10/2024");

        var reply = await bot.SayAsync(BotHarness.Admin, "/ghinhan ngan hang nha nuoc so ket quy 9");

        // The words after the unit's name are never moved silently into a deadline: they are named back (ghinhan25).
        Assert.Contains("so ket", reply.Text(), StringComparison.Ordinal);
        Assert.DoesNotContain("Biên nhận", reply.Text(), StringComparison.Ordinal);
        Assert.Equal(0, await bot.CountAsync("submissions"));
    }
}
