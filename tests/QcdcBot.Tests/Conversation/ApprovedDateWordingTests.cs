using QcdcBot.Storage.Deadlines;

namespace QcdcBot.Tests.Conversation;

/// <summary>An approval to another date than the one asked names the date the admin typed, before and after "1".</summary>
public sealed class ApprovedDateWordingTests
{
    [Theory]
    [InlineData("8/11/2024", 8, "Thứ Sáu, 8/11/2024")]
    [InlineData("ngày 7/11", 7, "Thứ Năm, 7/11/2024")]
    public async Task Duyet_with_another_date_asks_about_that_date_and_names_the_one_asked_beside_it(string typed, int day, string named)
    {
        await using var bot = await BotHarness.CreateAsync();
        var deadline = await bot.AssignAsync("Báo cáo sơ kết công tác dân vận trước ngày 31/10/2024");
        var secretary = await bot.RegisterSecretaryAsync("NHNN");
        var asked = await bot.SayAsync(secretary, "/giahan 9/11/2024 chờ họp chi ủy");
        var request = asked.Proactive[0].Message.Choices[0].Payload;

        var question = (await bot.SayAsync(BotHarness.Admin, $"{request} {typed}")).Text();
        var done = (await bot.SayAsync(BotHarness.Admin, "1")).Text();

        Assert.Contains("Thứ Bảy, 9/11/2024 (ngày nghỉ).", asked.Proactive[0].Message.Text, StringComparison.Ordinal);
        Assert.Contains($"đến {named} (đơn vị xin đến Thứ Bảy, 9/11/2024)?", question, StringComparison.Ordinal);
        Assert.Contains($"Hạn mới của đơn vị: {named}", done, StringComparison.Ordinal);
        var unit = await bot.UnitAsync("NHNN");
        Assert.Equal(new DateOnly(2024, 11, day), (await bot.Get<DeadlineStore>().OverridesAsync(deadline.Id))[unit.Id]);
    }

    [Fact]
    public async Task Duyet_to_a_sunday_names_that_sunday_in_the_question_and_offers_the_working_day_before()
    {
        await using var bot = await BotHarness.CreateAsync();
        await bot.AssignAsync("Báo cáo sơ kết công tác dân vận trước ngày 31/10/2024");
        var secretary = await bot.RegisterSecretaryAsync("CTK");
        var asked = await bot.SayAsync(secretary, "xin gia hạn đến 8/11/2024 vì chưa họp");
        var request = asked.Proactive[0].Message.Choices[0].Payload;

        var question = (await bot.SayAsync(BotHarness.Admin, $"{request} 10/11/2024")).Text();

        Assert.Contains("đến Chủ nhật, 10/11/2024 (ngày bạn ghi; đơn vị xin đến Thứ Sáu, 8/11/2024)?", question, StringComparison.Ordinal);
        Assert.Contains("Lưu ý: 10/11/2024 là ngày nghỉ (Chủ nhật). Dời sang ngày làm việc liền trước, Thứ Sáu, 8/11/2024?", question, StringComparison.Ordinal);
    }
}
