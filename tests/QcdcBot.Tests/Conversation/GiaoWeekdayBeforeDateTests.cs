using QcdcBot.Storage.Deadlines;

namespace QcdcBot.Tests.Conversation;

/// <summary>
/// Issue 12 points 10/16 (tester12e F4): a weekday written before the date, as the bot itself writes dates ("trước Thứ
/// Sáu, 8/1/2027", "trước ngày chủ nhật 10/1"), and the phone's "trc" for "trước" are read; a weekday that is not the
/// date's is asked about before anything is created.
/// </summary>
public sealed class GiaoWeekdayBeforeDateTests
{
    private static readonly DateTimeOffset Today = new(2027, 1, 5, 2, 30, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("Bao cao ket qua doi thoai truoc thu sau 8/1/2027 cho TTRA, CTK")]
    [InlineData("Bao cao ket qua doi thoai truoc Thứ Sáu, 8/1/2027 cho TTRA, CTK")]
    [InlineData("Bao cao ket qua doi thoai truoc ngay thu 6 8/1 cho TTRA, CTK")]
    [InlineData("Bao cao ket qua doi thoai trc 8/1/2027 cho TTRA, CTK")]
    public async Task A_weekday_before_the_date_or_trc_is_read(string arguments)
    {
        await using var bot = await BotHarness.CreateAsync(Today);

        var deadline = await bot.AssignAsync(arguments);

        Assert.Equal(new DateOnly(2027, 1, 8), deadline.DueDate);
        Assert.Equal("Bao cao ket qua doi thoai", deadline.Title);
    }

    [Fact]
    public async Task A_sunday_written_before_its_date_is_read_and_offered_the_working_day_before()
    {
        await using var bot = await BotHarness.CreateAsync(Today);

        var reply = (await bot.SayAsync(BotHarness.Admin, "/giao Bao cao ket qua doi thoai truoc Chủ nhật, 10/1/2027 cho TTRA, CTK")).Text();

        Assert.DoesNotContain("Không thấy hạn nộp", reply, StringComparison.Ordinal);
        Assert.Contains("Dời sang ngày làm việc liền trước", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_weekday_that_is_not_the_dates_is_asked_about_before_creating()
    {
        await using var bot = await BotHarness.CreateAsync(Today);

        var asked = (await bot.SayAsync(BotHarness.Admin, "/giao Bao cao ket qua doi thoai truoc thu hai 8/1/2027 cho TTRA, CTK")).Text();

        Assert.Contains("thứ ghi trong lệnh không khớp với ngày: Thứ Sáu, 8/1/2027", asked, StringComparison.Ordinal);
        Assert.Empty(await bot.Get<DeadlineStore>().ListAsync(includeClosed: true));
        await bot.SayAsync(BotHarness.Admin, "1");
        Assert.Equal(new DateOnly(2027, 1, 8), Assert.Single(await bot.Get<DeadlineStore>().ListAsync(includeClosed: true)).DueDate);
    }
}
