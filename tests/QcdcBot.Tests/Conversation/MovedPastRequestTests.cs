using QcdcBot.Storage.Deadlines;
using QcdcBot.Storage.Units;

namespace QcdcBot.Tests.Conversation;

/// <summary>
/// A request approved after /suahan moved the deadline past the date asked: the confirmation, the stored date, the
/// reply and the unit's message are one date, the later (the new due date).
/// </summary>
public sealed class MovedPastRequestTests
{
    [Fact]
    public async Task Approving_a_request_the_moved_due_date_already_passes_stores_and_tells_the_moved_date()
    {
        await using var bot = await BotHarness.CreateAsync();
        var deadline = await bot.AssignAsync("Kế hoạch kiểm tra giám sát QCDC trước ngày 31/10/2024");
        var secretary = await bot.RegisterSecretaryAsync("CTK");
        var asked = await bot.SayAsync(secretary, "xin gia hạn đến 5/11/2024 vì chưa họp chi ủy");
        var approve = asked.Proactive[0].Message.Choices[0].Payload;
        await bot.SayAsync(BotHarness.Admin, $"/suahan #{deadline.Id} trước 8/11/2024");

        var confirm = (await bot.SayAsync(BotHarness.Admin, approve)).Text();
        var done = await bot.SayAsync(BotHarness.Admin, "1");

        Assert.Contains("đến Thứ Sáu, 8/11/2024", confirm, StringComparison.Ordinal);
        Assert.Contains("8/11/2024", done.Text(), StringComparison.Ordinal);
        Assert.Contains("8/11/2024", Assert.Single(done.Proactive, p => p.To.ChatId == secretary).Message.Text, StringComparison.Ordinal);
        var ctk = (await bot.Get<UnitStore>().FindByCodeAsync("CTK"))!;
        Assert.Equal(new DateOnly(2024, 11, 8), (await bot.Get<DeadlineStore>().OverridesAsync(deadline.Id))[ctk.Id]);
        var tasks = (await bot.SayAsync(secretary, "/viec")).Text();
        Assert.Contains("8/11", tasks, StringComparison.Ordinal);
        Assert.DoesNotContain("5/11", tasks, StringComparison.Ordinal);
    }
}
