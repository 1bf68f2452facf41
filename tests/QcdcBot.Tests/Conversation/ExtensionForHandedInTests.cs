namespace QcdcBot.Tests.Conversation;

/// <summary>
/// An extension asked for a deadline the unit has already handed in says so (when, and how late) and steers to no
/// other deadline: nothing is stored and the office is not asked.
/// </summary>
public sealed class ExtensionForHandedInTests
{
    [Theory]
    [InlineData("xin gia han bc 6 thang den 23/12/2024 vi cho ky")]
    [InlineData("em xin lùi hạn báo cáo 6 tháng đầu năm thêm 1 tuần ạ")]
    [InlineData("/giahan bc sau thang 20/12/2024 chờ họp")]
    public async Task A_request_naming_a_deadline_already_handed_in_late_says_when_and_offers_nothing_else(string request)
    {
        await using var bot = await BotHarness.CreateAsync();
        var halfYear = await bot.AssignAsync("Báo cáo 6 tháng đầu năm trước ngày 1/11/2024 cho CTK");
        var plan = await bot.AssignAsync("Kế hoạch tuyên truyền bầu cử trước ngày 30/11/2024 cho CTK");
        var secretary = await bot.RegisterSecretaryAsync("CTK");
        bot.SetLocalTime(2024, 11, 5, 9, 0);
        await bot.SendFileAsync(secretary, "bc.docx", [1, 2, 3], $"#{halfYear.Id} bc 6 thang");

        var reply = await bot.SayAsync(secretary, request);

        Assert.Contains($"#{halfYear.Id} \"{halfYear.Title}\" đơn vị đã nộp ngày 5/11/2024 (trễ 4 ngày); gia hạn không còn tác dụng", reply.Text(), StringComparison.Ordinal);
        Assert.DoesNotContain(plan.Title, reply.Text(), StringComparison.Ordinal);
        Assert.Empty(reply.Last().Choices);
        Assert.Empty(reply.Proactive);
        Assert.Equal(0, await bot.CountAsync("extension_requests"));
    }
}
