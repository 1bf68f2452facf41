namespace QcdcBot.Tests.Conversation;

/// <summary>"tất cả" after a command that takes one deadline is understood, never "không tìm thấy việc "tất cả"".</summary>
public sealed class AllDeadlinesWordsTests
{
    [Theory]
    [InlineData("/chuanop tat ca")]
    [InlineData("/tinhhinh tất cả các đơn vị")]
    [InlineData("/nhacngay Tất cả")]
    [InlineData("/taifile toàn bộ")]
    public async Task All_after_a_one_deadline_command_asks_which_and_points_to_the_digest(string typed)
    {
        await using var bot = await BotHarness.CreateAsync();
        var plan = await bot.AssignAsync("Kế hoạch QCDC trước ngày 30/11/2024");
        await bot.AssignAsync("Báo cáo tự kiểm tra trước ngày 25/11/2024");

        var reply = await bot.SayAsync(BotHarness.Admin, typed);

        Assert.DoesNotContain("Không tìm thấy", reply.Text(), StringComparison.Ordinal);
        Assert.Contains("/tonghop", reply.Text(), StringComparison.Ordinal);
        Assert.Contains(reply.Last().Choices, c => c.Label.Contains($"#{plan.Id}", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_name_that_is_not_found_is_told_to_be_typed_as_its_own_number()
    {
        await using var bot = await BotHarness.CreateAsync();
        await bot.AssignAsync("Kế hoạch QCDC trước ngày 30/11/2024");

        var reply = await bot.SayAsync(BotHarness.Admin, "/chuanop bao cao chuyen de xyz");

        Assert.Contains("gõ số # của việc", reply.Text(), StringComparison.Ordinal);
        Assert.DoesNotContain("số thứ tự", reply.Text(), StringComparison.Ordinal);
    }
}
