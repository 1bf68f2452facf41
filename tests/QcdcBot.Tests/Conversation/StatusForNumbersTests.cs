using QcdcBot.Storage.Statuses;

namespace QcdcBot.Tests.Conversation;

/// <summary>"đang làm 10 và 12": a status reply naming two or more deadlines the unit owes is recorded on each, every reply naming its deadline.</summary>
public sealed class StatusForNumbersTests
{
    [Theory]
    [InlineData("đang làm {0} và {1}", "InProgress")]
    [InlineData("#{0}, #{1} ben em dang lam nhe", "InProgress")]
    [InlineData("khong co noi dung phat sinh {0},{1}", "NothingToReport")]
    public async Task Each_named_deadline_gets_the_status(string template, string stateName)
    {
        var state = Enum.Parse<StatusState>(stateName);
        await using var bot = await BotHarness.CreateAsync();
        var first = await bot.AssignAsync("Báo cáo sơ kết 6 tháng trước ngày 30/10/2024");
        var other = await bot.AssignAsync("Kế hoạch kiểm tra giám sát năm 2025 trước ngày 15/11/2024");
        var second = await bot.AssignAsync("Danh sách cán bộ phụ trách trước ngày 5/11/2024");
        var secretary = await bot.RegisterSecretaryAsync("NHNN");

        var reply = (await bot.SayAsync(secretary, string.Format(System.Globalization.CultureInfo.InvariantCulture, template, first.Id, second.Id))).Text();

        var notes = await bot.Get<StatusNoteStore>().ForUnitAsync((await bot.UnitAsync("NHNN")).Id);
        Assert.Equal(new[] { first.Id, second.Id }.Order(), notes.Select(n => n.DeadlineId).Order());
        Assert.All(notes, n => Assert.Equal(state, n.State));
        Assert.Contains(first.Title, reply, StringComparison.Ordinal);
        Assert.Contains(second.Title, reply, StringComparison.Ordinal);
        Assert.DoesNotContain(other.Title, reply, StringComparison.Ordinal);
    }
}
