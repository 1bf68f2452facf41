using QcdcBot.Storage.Deadlines;

namespace QcdcBot.Tests.Conversation;

/// <summary>A command for an open deadline, aimed at one already cancelled or closed, says so and how to reopen it: never "not found".</summary>
public sealed class AlreadyEndedTests
{
    [Theory]
    [InlineData("/huyhan #{0}", "đã hủy")]
    [InlineData("/huyhan {0}", "đã hủy")]
    [InlineData("/donghan #{0}", "đã hủy")]
    [InlineData("/suahan #{0} trước 30/11/2024", "đã hủy")]
    public async Task A_cancelled_deadline_is_named_as_cancelled_with_the_way_to_reopen_it(string command, string state)
    {
        await using var bot = await BotHarness.CreateAsync();
        var deadline = await bot.AssignAsync("Báo cáo chuyên đề học tập và làm theo tư tưởng Bác trước ngày 15/11/2024");
        await bot.SayConfirmedAsync(BotHarness.Admin, $"/huyhan #{deadline.Id}");
        var audit = await bot.CountAsync("audit_log");

        var reply = (await bot.SayAsync(BotHarness.Admin, string.Format(System.Globalization.CultureInfo.InvariantCulture, command, deadline.Id))).Text();

        Assert.Contains($"Việc #{deadline.Id} \"{deadline.Title}\" {state} từ trước", reply, StringComparison.Ordinal);
        Assert.Contains($"/mohan {deadline.Id}", reply, StringComparison.Ordinal);
        Assert.DoesNotContain("Không tìm thấy", reply, StringComparison.Ordinal);
        Assert.Equal(audit, await bot.CountAsync("audit_log"));
    }

    [Fact]
    public async Task Closing_a_closed_deadline_says_it_is_closed_and_how_to_reopen_it()
    {
        await using var bot = await BotHarness.CreateAsync();
        var deadline = await bot.AssignAsync("Kế hoạch kiểm tra giám sát năm 2025 trước ngày 20/11/2024");
        await bot.SayConfirmedAsync(BotHarness.Admin, $"/donghan #{deadline.Id}");

        var again = (await bot.SayAsync(BotHarness.Admin, $"/donghan #{deadline.Id}")).Text();
        var cancel = (await bot.SayAsync(BotHarness.Admin, $"/huyhan #{deadline.Id}")).Text();

        Assert.Contains("đã kết thúc từ trước", again, StringComparison.Ordinal);
        Assert.Contains($"/mohan {deadline.Id}", again, StringComparison.Ordinal);
        Assert.Contains("đã kết thúc từ trước", cancel, StringComparison.Ordinal);
        Assert.Equal(DeadlineState.Closed, (await bot.Get<DeadlineStore>().GetAsync(deadline.Id))!.State);
    }

    [Fact]
    public async Task Reopening_an_open_deadline_says_it_is_open()
    {
        await using var bot = await BotHarness.CreateAsync();
        var deadline = await bot.AssignAsync("Kế hoạch kiểm tra giám sát năm 2025 trước ngày 20/11/2024");

        var reply = (await bot.SayAsync(BotHarness.Admin, $"/mohan #{deadline.Id}")).Text();

        Assert.Contains("đang mở, không cần mở lại", reply, StringComparison.Ordinal);
    }
}
