using QcdcBot.Storage.Deadlines;

namespace QcdcBot.Tests.Conversation;

/// <summary>
/// /suahan reads the new date as the office writes it to units (tester12g, issue 12 point 6): a weekday ("sang thứ 2
/// tuần sau"), a length ("lùi 3 ngày", "thêm 1 tuần", counted from the deadline's date), "thành 23/12 nhé" with
/// courtesy after it. Today is Monday 14/12/2026; the plan is due Friday 18/12, the report Monday 28/12.
/// </summary>
public sealed class DeadlineMovedInWordsTests
{
    [Theory]
    [InlineData("/suahan bc so ket sang thu 2 tuan sau", false, "21/12/2026")]
    [InlineData("/suahan báo cáo sơ kết sang thứ hai tuần sau", false, "21/12/2026")]
    [InlineData("/suahan kh 2027 lui 3 ngay", true, "21/12/2026")]
    [InlineData("/suahan kế hoạch 2027 thêm 1 tuần", true, "25/12/2026")]
    [InlineData("/suahan ke hoach 2027 thanh 23/12 nhe", true, "23/12/2026")]
    public async Task A_new_date_in_the_office_s_words_moves_the_deadline(string command, bool isPlan, string date)
    {
        await using var bot = await BotHarness.CreateAsync(new DateTimeOffset(2026, 12, 14, 2, 0, 0, TimeSpan.Zero));
        var plan = await bot.AssignAsync("Ke hoach thuc hien QCDC nam 2027 trước ngày 18/12/2026");
        var report = await bot.AssignAsync("Bao cao so ket 6 thang cong tac dan van trước ngày 28/12/2026");

        var reply = await bot.SayAsync(BotHarness.Admin, command);

        var moved = isPlan ? plan : report;
        Assert.Contains($"Đã sửa hạn việc #{moved.Id}", reply.Text(), StringComparison.Ordinal);
        Assert.Equal(DateOnly.ParseExact(date, "d/M/yyyy", System.Globalization.CultureInfo.InvariantCulture), (await bot.Get<DeadlineStore>().GetAsync(moved.Id))!.DueDate);
    }

    [Fact]
    public async Task A_length_that_moves_earlier_is_not_read_as_later()
    {
        await using var bot = await BotHarness.CreateAsync(new DateTimeOffset(2026, 12, 14, 2, 0, 0, TimeSpan.Zero));
        var plan = await bot.AssignAsync("Ke hoach thuc hien QCDC nam 2027 trước ngày 18/12/2026");

        var reply = await bot.SayAsync(BotHarness.Admin, "/suahan kh 2027 rut 3 ngay");

        Assert.Contains("Cách dùng: /suahan", reply.Text(), StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2026, 12, 18), (await bot.Get<DeadlineStore>().GetAsync(plan.Id))!.DueDate);
    }
}
