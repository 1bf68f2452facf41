namespace QcdcBot.Tests.Conversation;

/// <summary>
/// Issue 12 point 5 (tester12g G6): a received day said against the due date ("nhận ngày hạn", "trước hạn 1 ngày",
/// "đến muộn 1 ngày", "hôm trước hạn") is counted from the deadline's due date, and a day said in words ("ngày mười
/// bốn") is read; words that name no one day ("năm ngoái", "cuối năm", "trước Tết", "đúng hạn") are asked about.
/// None of them is ever today in silence.
/// </summary>
public sealed class ReceivedAgainstDueDateTests
{
    [Theory]
    [InlineData("ban giay, nhan dung ngay han", "15/12/2026")]
    [InlineData("nhan ngay han", "15/12/2026")]
    [InlineData("nhan truoc han 1 ngay", "14/12/2026")]
    [InlineData("nhan 2 ngay truoc han", "13/12/2026")]
    [InlineData("ban giay den muon 1 ngay", "16/12/2026")]
    [InlineData("nhan ngay hom truoc han", "14/12/2026")]
    [InlineData("van thu vao so ngay muoi bon", "14/12/2026")]
    [InlineData("nhan hom muoi lam", "15/12/2026")]
    public async Task A_day_said_against_the_due_date_or_in_words_is_that_day(string note, string received)
    {
        await using var bot = await DueFifteenthAsync();
        var before = await bot.SnapshotAsync();

        var asked = (await bot.SayAsync(BotHarness.Admin, $"/ghinhan SXD #1 {note}")).Text();

        Assert.Contains($"nhận ngày {received}", asked, StringComparison.Ordinal);
        Assert.DoesNotContain("17/12/2026", asked, StringComparison.Ordinal);
        Assert.Equal(before, await bot.SnapshotAsync());
        Assert.Contains($"nhận ngày: {received}", (await bot.SayAsync(BotHarness.Admin, "1")).Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_the_office_hands_in_reads_the_day_against_the_due_date_too()
    {
        await using var bot = await DueFifteenthAsync();

        var asked = (await bot.SendFileAsync(BotHarness.Admin, "bc.docx", [1, 2, 3], "/ghinhan SXD #1 nhan qua mail truoc han 1 ngay")).Text();

        Assert.Contains("nhận ngày 14/12/2026 (tính theo hạn 15/12/2026), kèm tệp \"bc.docx\"", asked, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("nhan tu nam ngoai", "nam ngoai")]
    [InlineData("nhan truoc tet duong lich", "truoc tet duong lich")]
    [InlineData("nhan ngay cuoi nam", "cuoi nam")]
    [InlineData("nhan ngay dau nam moi", "dau nam moi")]
    [InlineData("nhan dip nghi tet", "dip nghi tet")]
    [InlineData("ban giay nop dung han", "dung han")]
    public async Task Words_that_name_no_one_day_are_asked_about_never_today(string note, string phrase)
    {
        await using var bot = await BotHarness.CreateAsync();
        bot.SetLocalTime(2026, 12, 1, 9, 0);
        await bot.AssignAsync("Kế hoạch thực hiện QCDC năm 2027 trước ngày 28/12/2026");
        bot.SetLocalTime(2027, 1, 4, 9, 0);
        var before = await bot.SnapshotAsync();

        var reply = (await bot.SayAsync(BotHarness.Admin, $"/ghinhan SXD #1 {note}")).Text();

        Assert.Contains($"\"{phrase}\" là ngày nào? Chưa ghi nhận gì.", reply, StringComparison.Ordinal);
        Assert.Contains("hạn của việc là 28/12/2026", reply, StringComparison.Ordinal);
        Assert.DoesNotContain("4/1/2027", reply, StringComparison.Ordinal);
        Assert.Equal(before, await bot.SnapshotAsync());
    }

    [Fact]
    public async Task The_question_about_a_vague_day_gives_back_the_note_without_leftover_words()
    {
        await using var bot = await DueFifteenthAsync();

        var reply = (await bot.SayAsync(BotHarness.Admin, "/ghinhan SXD #1 ban giay nhan truoc han")).Text();

        Assert.Contains("\"truoc han\" là ngày nào?", reply, StringComparison.Ordinal);
        Assert.Contains("/ghinhan SXD #1 ban giay nhận ngày 15/12/2026", reply, StringComparison.Ordinal);
    }

    /// <summary>17/12/2026 (Thursday), with #1 given to every grassroots unit on 1/12, due Tuesday 15/12.</summary>
    private static async Task<BotHarness> DueFifteenthAsync()
    {
        var bot = await BotHarness.CreateAsync();
        bot.SetLocalTime(2026, 12, 1, 9, 0);
        await bot.AssignAsync("Kế hoạch thực hiện QCDC năm 2027 trước ngày 15/12/2026");
        bot.SetLocalTime(2026, 12, 17, 10, 0);
        return bot;
    }
}
