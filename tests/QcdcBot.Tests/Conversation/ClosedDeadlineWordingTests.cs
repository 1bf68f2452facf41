namespace QcdcBot.Tests.Conversation;

/// <summary>A closed deadline is called the same everywhere and is never described as still owed with time to spare.</summary>
public sealed class ClosedDeadlineWordingTests
{
    [Fact]
    public async Task A_closed_deadline_is_said_to_have_ended_in_every_list_and_not_as_far_off_in_the_summary()
    {
        await using var bot = await BotHarness.CreateAsync();
        var deadline = await bot.AssignAsync("Báo cáo công tác dân vận trước ngày 30/12/2024");
        await bot.SayAsync(BotHarness.Admin, $"/donghan #{deadline.Id}");
        await bot.SayAsync(BotHarness.Admin, "1");

        var list = await bot.SayAsync(BotHarness.Admin, "/hanchot tất cả");
        var summary = await bot.SayAsync(BotHarness.Admin, $"/tonghop #{deadline.Id}");

        Assert.Contains("[đã kết thúc]", list.Text(), StringComparison.Ordinal);
        Assert.DoesNotContain("[đã đóng]", list.Text(), StringComparison.Ordinal);
        Assert.DoesNotContain("hạn còn xa", summary.Text(), StringComparison.Ordinal);
        Assert.Contains("Không nộp khi kết thúc:", summary.Text(), StringComparison.Ordinal);
    }
}
