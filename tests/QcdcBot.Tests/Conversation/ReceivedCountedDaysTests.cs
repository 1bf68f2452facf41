namespace QcdcBot.Tests.Conversation;

/// <summary>
/// Issue 12 point 5 (tester12d F1): a received day counted back ("cách đây 3 ngày", "1 tuần trước"), a day of this month
/// after "hôm" ("hôm 14", "ngày 14 tháng này") and "tuần trước nữa" are read and graded by; "2 ngày nữa", "hôm 20 tháng
/// này" (on the 17th; a bare "hôm 20" is 20/11, see ReceivedLatestPastDayTests) are still to come and refused; and day
/// words the bot cannot read ("hôm đó", "cách đây mấy hôm") are asked about, never taken as today in silence. The phones' weekday shorthand ("t7 vừa rồi", "ngày t2",
/// "hôm cn") is read too.
/// </summary>
public sealed class ReceivedCountedDaysTests
{
    [Theory]
    [InlineData("nhan cach day 3 ngay", "14/12/2026", "đúng hạn")]
    [InlineData("ban giay nhan hom 14", "14/12/2026", "đúng hạn")]
    [InlineData("bản giấy nhận cách đây ba hôm", "14/12/2026", "đúng hạn")]
    [InlineData("ban giay nhan tu hom 14", "14/12/2026", "đúng hạn")]
    [InlineData("nhan cach day 1 tuan", "10/12/2026", "đúng hạn")]
    [InlineData("bản giấy nhận một tuần trước", "10/12/2026", "đúng hạn")]
    [InlineData("nhan ngay 14 thang nay", "14/12/2026", "đúng hạn")]
    [InlineData("van thu nhan thu 6 tuan truoc nua", "4/12/2026", "đúng hạn")]
    [InlineData("ban giay nhan cach day 1 ngay", "16/12/2026", "trễ 1 ngày")]
    // tester12f F5: the phones' weekday shorthand; "bc t5" (a month written short) is no weekday.
    [InlineData("nhan t7 vua roi", "12/12/2026", "đúng hạn")]
    [InlineData("ban giay nhan ngay t2", "14/12/2026", "đúng hạn")]
    [InlineData("nhan cn vua roi", "13/12/2026", "đúng hạn")]
    [InlineData("ban giay, vt nhan T7 vua roi", "12/12/2026", "đúng hạn")]
    [InlineData("nhan hom t6 tuan truoc", "11/12/2026", "đúng hạn")]
    [InlineData("bản giấy nhận hôm CN", "13/12/2026", "đúng hạn")]
    [InlineData("bc t5 nhan hom qua", "16/12/2026", "trễ 1 ngày")]
    public async Task A_counted_or_month_day_is_the_day_received_and_grades_the_paper(string note, string day, string grade)
    {
        await using var bot = await DueFifteenthAsync();

        var asked = (await bot.SayAsync(BotHarness.Admin, $"/ghinhan SYT #1 {note}")).Text();
        Assert.Contains($"nhận ngày {day}", asked, StringComparison.Ordinal);
        Assert.DoesNotContain("17/12/2026", asked, StringComparison.Ordinal);
        var done = (await bot.SayAsync(BotHarness.Admin, "1")).Text();

        Assert.Contains($"Tình trạng: {grade}", done, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("nhan 2 ngay nua", "19/12/2026")]
    [InlineData("bản giấy nhận hai hôm nữa", "19/12/2026")]
    [InlineData("nhan hom 20 thang nay", "20/12/2026")]
    [InlineData("ban giay 1 tuan nua moi nhan", "24/12/2026")]
    public async Task A_day_counted_ahead_or_still_to_come_this_month_is_refused(string note, string day)
    {
        await using var bot = await DueFifteenthAsync();
        var before = await bot.SnapshotAsync();

        var reply = (await bot.SayAsync(BotHarness.Admin, $"/ghinhan NHNN #1 {note}")).Text();

        Assert.Contains($"Ngày nhận {day} chưa tới", reply, StringComparison.Ordinal);
        Assert.Equal(before, await bot.SnapshotAsync());
    }

    [Theory]
    [InlineData("ban giay nhan hom do", "hom do")]
    [InlineData("bản giấy nhận cách đây mấy hôm", "cách đây mấy hôm")]
    [InlineData("ban giay nhan hum do", "hum do")]
    public async Task Day_words_the_bot_cannot_read_are_asked_about_never_taken_as_today(string note, string phrase)
    {
        await using var bot = await DueFifteenthAsync();
        var before = await bot.SnapshotAsync();

        var reply = (await bot.SayAsync(BotHarness.Admin, $"/ghinhan NHNN #1 {note}")).Text();

        Assert.Contains($"\"{phrase}\" là ngày nào?", reply, StringComparison.Ordinal);
        Assert.DoesNotContain("17/12/2026", reply, StringComparison.Ordinal);
        Assert.Equal(before, await bot.SnapshotAsync());
    }

    [Fact]
    public async Task Friday_of_the_week_before_last_is_read_across_the_new_year()
    {
        await using var bot = await BotHarness.CreateAsync();
        bot.SetLocalTime(2026, 12, 1, 9, 0);
        await bot.AssignAsync("Bao cao so ket 6 thang cong tac dan van truoc ngay 28/12/2026");
        bot.SetLocalTime(2027, 1, 4, 9, 0);

        var asked = (await bot.SayAsync(BotHarness.Admin, "/ghinhan SYT #1 ban giay van thu nhan thu sau tuan truoc nua")).Text();

        Assert.Contains("nhận ngày 25/12/2026, ghi chú \"ban giay van thu nhan\"?", asked, StringComparison.Ordinal);
        Assert.Contains("Tình trạng: đúng hạn", (await bot.SayAsync(BotHarness.Admin, "1")).Text(), StringComparison.Ordinal);
    }

    private static async Task<BotHarness> DueFifteenthAsync()
    {
        var bot = await BotHarness.CreateAsync();
        bot.SetLocalTime(2026, 12, 1, 9, 0);
        await bot.AssignAsync("Kế hoạch thực hiện QCDC năm 2026 trước ngày 15/12/2026");
        bot.SetLocalTime(2026, 12, 17, 10, 0);
        return bot;
    }
}
