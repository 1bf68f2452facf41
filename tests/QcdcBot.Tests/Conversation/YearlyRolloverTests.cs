using QcdcBot.Storage.Deadlines;

namespace QcdcBot.Tests.Conversation;

/// <summary>
/// Closing a yearly deadline creates next year's with the title's year moved as far as the due date moved (a report on
/// the year before its due date too), and next year's date falling on a day off is flagged with the working day before.
/// </summary>
public sealed class YearlyRolloverTests
{
    [Theory]
    [InlineData("Tổng kết công tác dân vận năm 2026 trước 15/1/2027 hằng năm", "Tổng kết công tác dân vận năm 2027")]
    [InlineData("Kế hoạch QCDC năm 2027 trước 15/1/2027 hằng năm", "Kế hoạch QCDC năm 2028")]
    [InlineData("Sơ kết Chỉ thị 30 (2019) năm 2026 trước 15/1/2027 hằng năm", "Sơ kết Chỉ thị 30 (2019) năm 2027")]
    public async Task Next_years_title_moves_its_year_with_the_due_date_and_a_day_off_is_offered_the_day_before(string assign, string nextTitle)
    {
        await using var bot = await BotHarness.CreateAsync(new DateTimeOffset(2027, 1, 4, 3, 0, 0, TimeSpan.Zero));
        var yearly = await bot.AssignAsync(assign);

        var closed = await bot.SayConfirmedAsync(BotHarness.Admin, $"/donghan #{yearly.Id}");

        var next = Assert.Single(await bot.Get<DeadlineStore>().ListAsync());
        Assert.Equal(nextTitle, next.Title);
        Assert.Equal(new DateOnly(2028, 1, 15), next.DueDate);
        Assert.Contains("15/1/2028 là ngày nghỉ", closed.Text(), StringComparison.Ordinal);
        // Read and answered a while later: an answer, not a double tap of the number before.
        bot.Time.Advance(TimeSpan.FromSeconds(30));
        await bot.SayAsync(BotHarness.Admin, "1");
        Assert.Equal(new DateOnly(2028, 1, 14), (await bot.Get<DeadlineStore>().GetAsync(next.Id))!.DueDate);
    }
}
