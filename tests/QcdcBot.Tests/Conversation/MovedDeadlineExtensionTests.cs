namespace QcdcBot.Tests.Conversation;

/// <summary>/suahan after approved extensions speaks of each unit's own date as last granted, never an earlier approval.</summary>
public sealed class MovedDeadlineExtensionTests
{
    [Fact]
    public async Task A_unit_extended_twice_past_the_new_date_is_told_its_later_date_still_holds()
    {
        await using var bot = await BotHarness.CreateAsync();
        var deadline = await bot.AssignAsync("Báo cáo sơ kết công tác dân vận trước ngày 31/10/2024");
        var twice = await bot.RegisterSecretaryAsync("NHNN");
        var once = await bot.RegisterSecretaryAsync("CTK");
        await ApproveAsync(bot, twice, "/giahan 5/11/2024 chờ họp");
        await ApproveAsync(bot, twice, "xin gia hạn đến 12/11/2024 vì chưa họp chi ủy");
        await ApproveAsync(bot, once, "/giahan 6/11/2024 chờ ký");

        var moved = await bot.SayAsync(BotHarness.Admin, $"/suahan #{deadline.Id} trước 8/11/2024");

        var reply = moved.Text();
        Assert.Contains("Gia hạn đã duyệt nay nằm trong hạn mới (không còn là gia hạn): CTK đến 6/11/2024.", reply, StringComparison.Ordinal);
        Assert.Contains("Vẫn giữ gia hạn (sau hạn mới): NHNN đến 12/11/2024.", reply, StringComparison.Ordinal);
        Assert.DoesNotContain("5/11/2024", reply, StringComparison.Ordinal);
        var toTwice = Assert.Single(moved.Proactive, p => p.To.ChatId == twice).Message.Text;
        Assert.Contains("Đơn vị đã được gia hạn đến Thứ Ba, 12/11/2024, nên hạn của đơn vị vẫn là ngày đó.", toTwice, StringComparison.Ordinal);
        Assert.DoesNotContain("bao gồm", toTwice, StringComparison.Ordinal);
        var tasks = (await bot.SayAsync(twice, "/viec")).Text();
        Assert.Contains("12/11", tasks, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_approval_to_another_date_is_the_date_suahan_speaks_of()
    {
        await using var bot = await BotHarness.CreateAsync();
        var deadline = await bot.AssignAsync("Kế hoạch tuyên truyền QCDC năm 2025 trước ngày 31/10/2024");
        var secretary = await bot.RegisterSecretaryAsync("SKHDT");
        var asked = await bot.SayAsync(secretary, "/giahan 15/11/2024 chờ thủ trưởng ký");
        await bot.SayConfirmedAsync(BotHarness.Admin, asked.Proactive[0].Message.Choices[0].Payload + " 7/11/2024");

        var reply = (await bot.SayAsync(BotHarness.Admin, $"/suahan #{deadline.Id} trước 11/11/2024")).Text();

        Assert.Contains("nằm trong hạn mới (không còn là gia hạn): SKHDT đến 7/11/2024.", reply, StringComparison.Ordinal);
        Assert.DoesNotContain("15/11/2024", reply, StringComparison.Ordinal);
    }

    private static async Task ApproveAsync(BotHarness bot, string secretary, string request)
    {
        var asked = await bot.SayAsync(secretary, request);
        await bot.PressAsync(BotHarness.Admin, asked.Proactive[0].Message.Choices[0].Payload);
    }
}
