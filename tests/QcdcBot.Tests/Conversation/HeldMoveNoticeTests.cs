using QcdcBot.Storage.Deadlines;

namespace QcdcBot.Tests.Conversation;

/// <summary>
/// /suahan to a day off tells the units nothing while the office chooses (the working day before, or keep it): each
/// unit hears once, from the date it last heard to the date chosen, when the question closes however it closes.
/// </summary>
public sealed class HeldMoveNoticeTests : IAsyncLifetime
{
    private BotHarness _bot = null!;
    private Deadline _deadline = null!;
    private string _ctk = null!;
    private string _nhnn = null!;

    public async Task InitializeAsync()
    {
        _bot = await BotHarness.CreateAsync();
        _deadline = await _bot.AssignAsync("Báo cáo kết quả đối thoại với nhân dân trước ngày 31/10/2024 cho CTK, NHNN");
        _ctk = await _bot.RegisterSecretaryAsync("CTK");
        _nhnn = await _bot.RegisterSecretaryAsync("NHNN");
    }

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Theory]
    [InlineData("1")]
    [InlineData("co")]
    [InlineData("Dời nhé")]
    public async Task Moving_off_the_day_off_tells_each_unit_once_from_the_old_date_to_the_working_day(string answer)
    {
        var asked = await _bot.SayAsync(BotHarness.Admin, $"/suahan #{_deadline.Id} trước ngày 10/11/2024");
        var chosen = await _bot.SayAsync(BotHarness.Admin, answer);

        Assert.Empty(asked.Proactive);
        Assert.Contains("Các đơn vị được báo hạn mới khi bạn chọn xong", asked.Text(), StringComparison.Ordinal);
        foreach (var secretary in new[] { _ctk, _nhnn })
        {
            var told = Assert.Single(chosen.Proactive, p => p.To.ChatId == secretary).Message.Text;
            Assert.Contains("31/10/2024 → Thứ Sáu, 8/11/2024", told, StringComparison.Ordinal);
        }

        Assert.Equal(2, chosen.Proactive.Count);
        Assert.Contains("Đã báo hạn mới cho 2/2 đơn vị", chosen.Text(), StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2024, 11, 8), (await _bot.Get<DeadlineStore>().GetAsync(_deadline.Id))!.DueDate);
    }

    [Fact]
    public async Task Keeping_the_day_off_tells_each_unit_once_the_day_off()
    {
        await _bot.SayAsync(BotHarness.Admin, $"/suahan #{_deadline.Id} truoc 9/11/2024");
        var kept = await _bot.SayAsync(BotHarness.Admin, "2");

        Assert.Equal(2, kept.Proactive.Count);
        Assert.All(kept.Proactive, p => Assert.Contains("31/10/2024 → Thứ Bảy, 9/11/2024", p.Message.Text, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("/tinhhinh")]
    [InlineData("thôi")]
    public async Task A_question_left_or_backed_out_of_still_tells_the_units_the_date_the_deadline_has(string next)
    {
        var asked = await _bot.SayAsync(BotHarness.Admin, $"/suahan #{_deadline.Id} trước 10/11/2024");
        var left = await _bot.SayAsync(BotHarness.Admin, next);
        var later = await _bot.SayAsync(BotHarness.Admin, "/hanchot");

        Assert.Empty(asked.Proactive);
        Assert.Equal(2, left.Proactive.Count);
        Assert.All(left.Proactive, p => Assert.Contains("31/10/2024 → Chủ nhật, 10/11/2024", p.Message.Text, StringComparison.Ordinal));
        Assert.Empty(later.Proactive);
    }

    [Fact]
    public async Task A_second_move_while_the_first_is_held_tells_the_units_once_from_the_date_they_heard()
    {
        await _bot.SayAsync(BotHarness.Admin, $"/suahan #{_deadline.Id} trước 10/11/2024");
        var again = await _bot.SayAsync(BotHarness.Admin, $"/suahan #{_deadline.Id} trước 16/11/2024");
        var chosen = await _bot.SayAsync(BotHarness.Admin, "1");

        Assert.Empty(again.Proactive);
        Assert.Equal(2, chosen.Proactive.Count);
        Assert.All(chosen.Proactive, p => Assert.Contains("31/10/2024 → Thứ Sáu, 15/11/2024", p.Message.Text, StringComparison.Ordinal));
    }
}
