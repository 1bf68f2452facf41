namespace QcdcBot.Tests.Conversation;

/// <summary>
/// Issue 12 point 5 (tester12 F1): a received date in words is never silently today. The phone's "hom wa"/"hqua" and
/// "2 hôm trước", "ngày 9" are read; "mai mới nhận", "cuối tuần này", "thứ hai tới", "ngày 12 tháng này" (on the 10th) are still
/// to come and refused; "tuần trước", "đầu tuần
/// này", "hôm trước" are no one day and asked about. The whole date phrase ("hôm thứ 6 tuần trước") leaves the note,
/// and a title's own last word ("… nhanh A") stays in the title.
/// </summary>
public sealed class ReceivedWordsReadOrAskedTests
{
    [Theory]
    [InlineData("ban giay nhan hom wa", "9/12/2026", "ban giay")]
    [InlineData("ban giay nhan hqua", "9/12/2026", "ban giay")]
    [InlineData("bản giấy nhận hôm qa", "9/12/2026", "bản giấy")]
    [InlineData("ban giay nhan 2 hom truoc", "8/12/2026", "ban giay")]
    [InlineData("ban giay nhan ba ngay truoc", "7/12/2026", "ban giay")]
    [InlineData("van thu nhan hom thu 6 tuan truoc", "4/12/2026", "van thu nhan")]
    [InlineData("bản giấy, nhận hôm thứ 2 vừa rồi", "7/12/2026", "bản giấy")]
    [InlineData("ban giay nhan hom 8/12", "8/12/2026", "ban giay")]
    [InlineData("ban giay nhan ngay 9", "9/12/2026", "ban giay")]
    [InlineData("ban giay van thu nhan hum qua", "9/12/2026", "ban giay van thu nhan")]
    [InlineData("ban giay nhan bua qua", "9/12/2026", "ban giay")]
    [InlineData("bản giấy nhận bữa qua", "9/12/2026", "bản giấy")]
    [InlineData("ban giay nhan hum kia", "8/12/2026", "ban giay")]
    [InlineData("ban giay nhan ngay mung 8", "8/12/2026", "ban giay")]
    [InlineData("bản giấy nhận ngày mồng 9", "9/12/2026", "bản giấy")]
    [InlineData("ban giay nhan mung 8/12", "8/12/2026", "ban giay")]
    public async Task A_past_day_in_words_is_read_and_leaves_the_note_whole(string note, string day, string kept)
    {
        await using var bot = await DeadlineAsync();

        var reply = (await bot.SayAsync(BotHarness.Admin, $"/ghinhan NHNN #1 {note}")).Text();

        Assert.Contains($"nhận ngày {day}", reply, StringComparison.Ordinal);
        Assert.Contains($"ghi chú \"{kept}\"?", reply, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("mai moi nhan ban giay", "11/12/2026")]
    [InlineData("ban giay nhan cuoi tuan nay", "12/12/2026")]
    [InlineData("bản giấy mai mới nhận", "11/12/2026")]
    [InlineData("bản giấy nhận thứ hai tới", "14/12/2026")]
    [InlineData("ban giay nhan thu 6 toi", "11/12/2026")]
    [InlineData("ban giay nhan ngay 12 thang nay", "12/12/2026")]
    [InlineData("ban giay nhan ngay mung 12 thang nay", "12/12/2026")]
    public async Task A_day_still_to_come_in_words_is_refused(string note, string day)
    {
        await using var bot = await DeadlineAsync();
        var before = await bot.SnapshotAsync();

        var reply = (await bot.SayAsync(BotHarness.Admin, $"/ghinhan NHNN #1 {note}")).Text();

        Assert.Contains($"Ngày nhận {day} chưa tới", reply, StringComparison.Ordinal);
        Assert.Equal(before, await bot.SnapshotAsync());
    }

    [Theory]
    [InlineData("ban giay nhan tuan truoc", "tuan truoc")]
    [InlineData("nhan dau tuan nay", "dau tuan nay")]
    [InlineData("bản giấy nhận hôm trước", "hôm trước")]
    [InlineData("van thu nhan cuoi thang truoc", "cuoi thang truoc")]
    [InlineData("ban giay nhan cuoi tuan truoc", "cuoi tuan truoc")]
    [InlineData("ban giay nhan hum truoc", "hum truoc")]
    public async Task A_vague_received_time_is_asked_about_never_taken_as_today(string note, string phrase)
    {
        await using var bot = await DeadlineAsync();
        var before = await bot.SnapshotAsync();

        var reply = (await bot.SayAsync(BotHarness.Admin, $"/ghinhan NHNN #1 {note}")).Text();

        Assert.Contains($"\"{phrase}\" là ngày nào?", reply, StringComparison.Ordinal);
        Assert.DoesNotContain("10/12/2026", reply, StringComparison.Ordinal);
        Assert.Equal(before, await bot.SnapshotAsync());
    }

    [Fact]
    public async Task A_titles_last_word_that_looks_like_a_particle_stays_in_the_title()
    {
        await using var bot = await BotHarness.CreateAsync();
        bot.SetLocalTime(2026, 12, 7, 9, 0);
        var quick = await bot.AssignAsync("Bao cao nhanh A truoc 9/12/2026 cho NHNN, SYT");
        bot.SetLocalTime(2026, 12, 10, 10, 0);

        var reply = (await bot.SayAsync(BotHarness.Admin, "/ghinhan NHNN bao cao nhanh A ban giay nhan hom wa")).Text();

        Assert.Contains($"việc #{quick.Id} \"Bao cao nhanh A\"", reply, StringComparison.Ordinal);
        Assert.Contains("nhận ngày 9/12/2026, ghi chú \"ban giay\"?", reply, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("nhan qua mail bua qua", "9/12/2026", "nhan qua mail")]
    [InlineData("ngay mung 9", "9/12/2026", null)]
    public async Task A_past_day_in_words_beside_a_file_is_read(string note, string day, string? kept)
    {
        await using var bot = await DeadlineAsync();

        var reply = (await bot.SendFileAsync(BotHarness.Admin, "bc.docx", [4, 2], $"/ghinhan NHNN #1 {note}")).Text();

        Assert.Contains($"nhận ngày {day}", reply, StringComparison.Ordinal);
        Assert.DoesNotContain("10/12/2026", reply, StringComparison.Ordinal);
        if (kept is not null)
        {
            Assert.Contains($"ghi chú \"{kept}\"", reply, StringComparison.Ordinal);
        }
    }

    private static async Task<BotHarness> DeadlineAsync()
    {
        var bot = await BotHarness.CreateAsync();
        bot.SetLocalTime(2026, 12, 1, 9, 0);
        await bot.AssignAsync("Báo cáo tổng kết công tác dân vận năm 2026 trước ngày 20/12/2026");
        bot.SetLocalTime(2026, 12, 10, 10, 0);
        return bot;
    }
}
