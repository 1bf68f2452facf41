using QcdcBot.Storage.Deadlines;

namespace QcdcBot.Tests.Conversation;

/// <summary>A day-month just passed is questioned across the turn of the year too ("31/12" typed on 4/1 is not next December).</summary>
public sealed class TurnOfYearTests
{
    private static readonly DateTimeOffset FourthOfJanuary = new(2027, 1, 4, 9, 0, 0, TimeSpan.FromHours(7));

    [Theory]
    [InlineData("Báo cáo tổng kết năm 2026 trước 31/12", "Ngày 31/12 gần nhất (31/12/2026) đã qua")]
    [InlineData("Báo cáo công tác dân vận tháng 12 hạn chót ngày 20/12 cho các chi bộ", "Ngày 20/12 gần nhất (20/12/2026) đã qua")]
    [InlineData("Kiểm điểm QCDC trước 1/11", "Ngày 1/11 gần nhất (1/11/2026) đã qua")]
    public async Task Giao_in_january_with_a_december_date_asks_which_year(string arguments, string question)
    {
        await using var bot = await BotHarness.CreateAsync(FourthOfJanuary);

        var asked = (await bot.SayAsync(BotHarness.Admin, "/giao " + arguments)).Text();

        Assert.Contains(question, asked, StringComparison.Ordinal);
        Assert.Empty(await bot.Get<DeadlineStore>().ListAsync(includeClosed: true));
    }

    [Theory]
    [InlineData("gia han den 15/12")]
    [InlineData("/giahan 28/12 chưa họp chi ủy")]
    public async Task An_extension_typed_in_january_to_a_december_day_is_not_sent_as_almost_a_year(string request)
    {
        await using var bot = await BotHarness.CreateAsync(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.FromHours(7)));
        await bot.AssignAsync("Báo cáo tổng kết năm 2026 trước 31/12/2026");
        var secretary = await bot.RegisterSecretaryAsync("NHNN");
        bot.SetLocalTime(2027, 1, 4, 9, 0);
        var before = await bot.SnapshotAsync();

        var reply = await bot.SayAsync(secretary, request);

        Assert.Contains("/2026 đã qua", reply.Text(), StringComparison.Ordinal);
        Assert.DoesNotContain("Đã gửi đề nghị", reply.Text(), StringComparison.Ordinal);
        Assert.Empty(reply.Proactive);
        Assert.Equal(before.Extensions, (await bot.SnapshotAsync()).Extensions);
    }
}
