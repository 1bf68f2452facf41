namespace QcdcBot.Tests.Conversation;

/// <summary>
/// Issue 12 point 5 (tester12f F7): a bare day in a received date ("hôm 31", "hôm 20", "ngày 5") is the latest such day
/// gone by, in the month before when this one has not reached it (or lacks it), said in the question; only "tháng
/// này" written keeps a day still to come, refused. A weekday written beside the date that disagrees with it is
/// pointed out; and `/suahan` to the date a deadline already has, just gone by, is "hạn không đổi", not "this year or next?".
/// </summary>
public sealed class ReceivedLatestPastDayTests
{
    [Theory]
    [InlineData(2027, 1, 4, "ban giay nhan hom 31", "31/12/2026", "ngày 31 tháng này chưa tới")]
    [InlineData(2026, 12, 17, "nhan hom 20", "20/11/2026", "ngày 20 tháng này chưa tới")]
    [InlineData(2027, 1, 4, "bản giấy văn thư nhận ngày 5", "5/12/2026", "ngày 5 tháng này chưa tới")]
    [InlineData(2027, 3, 4, "nhan hom 30", "30/1/2027", "ngày 30 tháng này chưa tới")]
    [InlineData(2027, 4, 30, "ban giay nhan ngay mung 31", "31/3/2027", "tháng 4 không có ngày 31")]
    public async Task A_bare_day_still_ahead_this_month_is_the_latest_such_day_gone_by(int year, int month, int day, string note, string received, string why)
    {
        await using var bot = await BotHarness.CreateAsync();
        bot.SetLocalTime(2026, 11, 1, 9, 0);
        var deadline = await bot.AssignAsync("Kế hoạch thực hiện QCDC năm 2027 trước ngày 30/6/2027");
        bot.SetLocalTime(year, month, day, 9, 0);
        var before = await bot.SnapshotAsync();

        var asked = (await bot.SayAsync(BotHarness.Admin, $"/ghinhan SXD #{deadline.Id} {note}")).Text();

        Assert.Contains($"nhận ngày {received} (hiểu là ngày", asked, StringComparison.Ordinal);
        Assert.Contains(why, asked, StringComparison.Ordinal);
        Assert.DoesNotContain("chưa tới. Chưa ghi nhận", asked, StringComparison.Ordinal);
        Assert.Equal(before, await bot.SnapshotAsync());
        Assert.Contains($"Ngày nhận {received}", (await bot.SayAsync(BotHarness.Admin, "1")).Text(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ban giay nhan ngay 20 thang nay", "20/12/2026")]
    [InlineData("nhan hom mung 18 thang nay", "18/12/2026")]
    public async Task A_day_of_this_month_said_so_and_still_ahead_is_refused(string note, string received)
    {
        await using var bot = await SeventeenthAsync();

        var reply = (await bot.SayAsync(BotHarness.Admin, $"/ghinhan SXD #1 {note}")).Text();

        Assert.Contains($"Ngày nhận {received} chưa tới", reply, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("nhận hôm thứ Ba 14/12", "ghi chú ghi thứ ba nhưng 14/12/2026 là thứ hai")]
    [InlineData("ban giay nhan thu 5, ngay 11/12", "ghi chú ghi thứ năm nhưng 11/12/2026 là thứ sáu")]
    [InlineData("van thu nhan 13/12 (t2)", "ghi chú ghi thứ hai nhưng 13/12/2026 là chủ nhật")]
    public async Task A_weekday_that_disagrees_with_the_received_date_is_pointed_out(string note, string warning)
    {
        await using var bot = await SeventeenthAsync();

        var asked = (await bot.SayAsync(BotHarness.Admin, $"/ghinhan SXD #1 {note}")).Text();

        Assert.Contains($"Lưu ý: {warning}", asked, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("nhận hôm thứ Hai 14/12")]
    [InlineData("ban giay nhan 14/12 (thu 2)")]
    [InlineData("văn thư nhận ngày 14 tháng 12 năm 2026")]
    public async Task A_weekday_that_agrees_with_the_date_or_none_says_nothing(string note)
    {
        await using var bot = await SeventeenthAsync();

        var asked = (await bot.SayAsync(BotHarness.Admin, $"/ghinhan SXD #1 {note}")).Text();

        Assert.Contains("nhận ngày 14/12/2026", asked, StringComparison.Ordinal);
        Assert.DoesNotContain("nhưng 14/12/2026 là", asked, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("doi sang 28/12")]
    [InlineData("sang 28/12")]
    public async Task Suahan_to_the_due_date_just_gone_by_that_the_deadline_has_is_no_change(string words)
    {
        await using var bot = await BotHarness.CreateAsync();
        bot.SetLocalTime(2026, 12, 1, 9, 0);
        var deadline = await bot.AssignAsync("Kế hoạch thực hiện QCDC năm 2027 trước ngày 28/12/2026");
        bot.SetLocalTime(2027, 1, 4, 9, 0);
        var before = await bot.SnapshotAsync();

        var reply = await bot.SayAsync(BotHarness.Admin, $"/suahan #{deadline.Id} {words}");

        Assert.Contains("hạn không đổi", reply.Text(), StringComparison.Ordinal);
        Assert.Empty(reply.Last().Choices);
        Assert.Equal(before, await bot.SnapshotAsync());
    }

    /// <summary>17/12/2026, with #1 given to every grassroots unit on 1/12, due 30/12.</summary>
    private static async Task<BotHarness> SeventeenthAsync()
    {
        var bot = await BotHarness.CreateAsync();
        bot.SetLocalTime(2026, 12, 1, 9, 0);
        await bot.AssignAsync("Kế hoạch thực hiện QCDC năm 2027 trước ngày 30/12/2026");
        bot.SetLocalTime(2026, 12, 17, 10, 0);
        return bot;
    }
}
