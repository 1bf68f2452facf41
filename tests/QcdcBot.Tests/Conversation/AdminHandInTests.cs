using QcdcBot.Storage.Audit;
using QcdcBot.Storage.Submissions;

namespace QcdcBot.Tests.Conversation;

/// <summary>
/// The office hands in a file a unit sent by e-mail: /ghinhan with the file (as its caption, or the file sent when the
/// bot asks to confirm). It is the unit's submission, graded by the received date, entered by the admin, and the unit is told.
/// </summary>
public sealed class AdminHandInTests
{
    [Fact]
    public async Task A_file_captioned_ghinhan_with_a_received_date_is_the_units_submission_graded_by_that_date()
    {
        await using var bot = await BotHarness.CreateAsync();
        var deadline = await bot.AssignAsync("Báo cáo tự kiểm tra QCDC trước ngày 25/10/2024");
        var secretary = await bot.RegisterSecretaryAsync("SKHCN");
        bot.SetLocalTime(2024, 10, 28, 15, 0);

        var asked = await bot.SendFileAsync(BotHarness.Admin, "bao cao SKHCN (email).pdf", [7, 7, 7], $"/ghi nhan skhcn #{deadline.Id} qua email, nhan ngay 24/10");
        var reply = await bot.SayAsync(BotHarness.Admin, "1");

        Assert.Contains("nhận ngày 24/10/2024, kèm tệp \"bao cao SKHCN (email).pdf\"", asked.Text(), StringComparison.Ordinal);
        Assert.Contains("Biên nhận", reply.Text(), StringComparison.Ordinal);
        Assert.Contains("bao cao SKHCN (email).pdf", reply.Text(), StringComparison.Ordinal);
        Assert.Contains("Tình trạng: đúng hạn", reply.Text(), StringComparison.Ordinal);
        var unit = await bot.UnitAsync("SKHCN");
        var stored = (await bot.Get<SubmissionStore>().LatestAsync(unit.Id, deadline.Id))!;
        Assert.Equal(new DateOnly(2024, 10, 24), stored.ReceivedLocalDate);
        Assert.Single(stored.Files);
        Assert.Equal($"{BotHarness.Channel}:{BotHarness.Admin}", stored.ByWhom);
        Assert.Equal("qua email", stored.Note);
        Assert.Contains(await bot.Get<AuditStore>().RecentAsync(20), e => e.Action == "submission.add" && e.Actor == stored.ByWhom);
        var notice = Assert.Single(reply.Proactive);
        Assert.Equal(secretary, notice.To.ChatId);
        Assert.Contains("đã ghi nhận bài nộp của đơn vị", notice.Message.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ghinhan_then_the_file_stores_the_file_with_the_record()
    {
        await using var bot = await BotHarness.CreateAsync();
        var deadline = await bot.AssignAsync("Kế hoạch QCDC năm 2025 trước ngày 30/10/2024");

        var asked = await bot.SayAsync(BotHarness.Admin, $"/ghinhan BVDK #{deadline.Id}");
        var reply = await bot.SendFileAsync(BotHarness.Admin, "ke-hoach-bvdk.docx", [1, 2, 3, 4]);

        Assert.Contains("gửi tệp thay cho trả lời", asked.Text(), StringComparison.Ordinal);
        Assert.Contains("ke-hoach-bvdk.docx", reply.Text(), StringComparison.Ordinal);
        var stored = (await bot.Get<SubmissionStore>().LatestAsync((await bot.UnitAsync("BVDK")).Id, deadline.Id))!;
        Assert.Equal("ke-hoach-bvdk.docx", Assert.Single(stored.Files).OriginalName);
    }

    [Fact]
    public async Task A_received_date_still_to_come_is_refused_and_nothing_is_stored()
    {
        await using var bot = await BotHarness.CreateAsync();
        var deadline = await bot.AssignAsync("Kế hoạch QCDC năm 2025 trước ngày 30/10/2024");
        var before = await bot.SnapshotAsync();

        var reply = await bot.SendFileAsync(BotHarness.Admin, "kh.pdf", [9], $"/ghinhan NHNN #{deadline.Id} nhận ngày 22/10/2024");

        Assert.Contains("chưa tới", reply.Text(), StringComparison.Ordinal);
        Assert.Equal(before, await bot.SnapshotAsync());
    }

    [Theory]
    [InlineData("bản giấy, văn thư nhận ngày 18/10/2024", "bản giấy, văn thư nhận")]
    [InlineData("ban giay da nhan vao ngay 18/10", "ban giay")]
    [InlineData("nhận 18 tháng 10 qua đường công văn", "qua đường công văn")]
    public async Task The_received_date_phrase_decides_the_date_and_is_not_copied_into_the_note(string note, string kept)
    {
        await using var bot = await BotHarness.CreateAsync();
        var deadline = await bot.AssignAsync("Kế hoạch QCDC năm 2025 trước ngày 30/10/2024");

        await bot.SayConfirmedAsync(BotHarness.Admin, $"/ghinhan NHNN #{deadline.Id} {note}");

        var stored = (await bot.Get<SubmissionStore>().LatestAsync((await bot.UnitAsync("NHNN")).Id, deadline.Id))!;
        Assert.Equal(kept, stored.Note);
        Assert.Equal(new DateOnly(2024, 10, 18), stored.ReceivedLocalDate);
    }

    [Theory]
    [InlineData("/ghinhan BIDV tk nam nhận ngày 18/10", "18/10/2024")]
    [InlineData("/ghi nhan bidv #1 ban email, van thu nhan ngay 17/10/2024", "17/10/2024")]
    public async Task A_file_captioned_ghinhan_asks_first_naming_unit_deadline_and_received_date_and_records_only_once_confirmed(string caption, string date)
    {
        await using var bot = await BotHarness.CreateAsync();
        var deadline = await bot.AssignAsync("Báo cáo tổng kết năm 2024 trước ngày 30/10/2024");
        var before = await bot.SnapshotAsync();

        var asked = await bot.SendFileAsync(BotHarness.Admin, "tk-bidv.pdf", [3, 1], caption);

        Assert.Contains($"Ghi nhận {(await bot.UnitAsync("BIDV")).Name} (BIDV) đã nộp việc #{deadline.Id} \"{deadline.Title}\" ngoài bot, nhận ngày {date}, kèm tệp \"tk-bidv.pdf\"", asked.Text(), StringComparison.Ordinal);
        Assert.Equal(before.Submissions, (await bot.SnapshotAsync()).Submissions);
        Assert.Empty(asked.Proactive);

        var done = await bot.SayAsync(BotHarness.Admin, "1");

        Assert.Contains("Biên nhận", done.Text(), StringComparison.Ordinal);
        var stored = (await bot.Get<SubmissionStore>().LatestAsync((await bot.UnitAsync("BIDV")).Id, deadline.Id))!;
        Assert.Equal("tk-bidv.pdf", Assert.Single(stored.Files).OriginalName);
    }

    [Theory]
    [InlineData("bản giấy, nhận hôm qua", "bản giấy", 19)]
    [InlineData("ban giay van thu nhan hom kia", "ban giay van thu nhan", 18)]
    [InlineData("qua email, nhận sáng nay", "qua email", 20)]
    [InlineData("bản giấy, văn thư nhận thứ Hai vừa rồi", "bản giấy, văn thư nhận", 14)]
    [InlineData("ban giay nhan thu 6 tuan truoc", "ban giay", 11)]
    public async Task A_received_day_said_relative_to_today_is_that_date_and_is_not_copied_into_the_note(string note, string kept, int day)
    {
        await using var bot = await BotHarness.CreateAsync();
        var deadline = await bot.AssignAsync("Kế hoạch QCDC năm 2025 trước ngày 30/10/2024");

        var asked = await bot.SayAsync(BotHarness.Admin, $"/ghinhan NHNN #{deadline.Id} {note}");
        await bot.SayAsync(BotHarness.Admin, "1");

        Assert.Contains($"nhận ngày {day}/10/2024", asked.Text(), StringComparison.Ordinal);
        var stored = (await bot.Get<SubmissionStore>().LatestAsync((await bot.UnitAsync("NHNN")).Id, deadline.Id))!;
        Assert.Equal(kept, stored.Note);
        Assert.Equal(new DateOnly(2024, 10, day), stored.ReceivedLocalDate);
    }

    [Theory]
    [InlineData("van thu nhan hom thu 6 tuan truoc", "van thu nhan", 11)]
    [InlineData("bản giấy, văn thư nhận hôm thứ 2 vừa rồi", "bản giấy, văn thư nhận", 14)]
    [InlineData("ban giay nhan hom chu nhat tuan truoc", "ban giay", 13)]
    [InlineData("bản giấy nhận hôm 8/10", "bản giấy", 8)]
    [InlineData("qua email, đ/c Hoa nhận bữa thứ 5 tuần trước", "qua email, đ/c Hoa nhận", 10)]
    public async Task The_hom_that_opens_a_received_day_leaves_the_note_with_the_date(string note, string kept, int day)
    {
        await using var bot = await BotHarness.CreateAsync();
        var deadline = await bot.AssignAsync("Báo cáo sơ kết dân vận khéo trước ngày 30/10/2024");

        var asked = await bot.SayAsync(BotHarness.Admin, $"/ghinhan CTK #{deadline.Id} {note}");
        await bot.SayAsync(BotHarness.Admin, "1");

        Assert.Contains($"nhận ngày {day}/10/2024", asked.Text(), StringComparison.Ordinal);
        var stored = (await bot.Get<SubmissionStore>().LatestAsync((await bot.UnitAsync("CTK")).Id, deadline.Id))!;
        Assert.Equal(kept, stored.Note);
        Assert.Equal(new DateOnly(2024, 10, day), stored.ReceivedLocalDate);
    }
}
