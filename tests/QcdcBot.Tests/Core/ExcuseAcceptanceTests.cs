using QcdcBot.Scheduling.Tallies;
using QcdcBot.Storage.Deadlines;
using QcdcBot.Tests.Conversation;

namespace QcdcBot.Tests.Core;

/// <summary>"Không có nội dung phát sinh" excuses a unit only when an admin accepts it.</summary>
public sealed class ExcuseAcceptanceTests : IAsyncLifetime
{
    private BotHarness _bot = null!;
    private Deadline _deadline = null!;
    private string _secretary = null!;

    public async Task InitializeAsync()
    {
        _bot = await BotHarness.CreateAsync();
        _deadline = await _bot.AssignAsync("Báo cáo 6 tháng trước ngày 29/11/2024");
        _secretary = await _bot.RegisterSecretaryAsync("NHNN");
    }

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task The_claim_reaches_admins_with_choices_and_until_accepted_the_unit_still_owes()
    {
        var reply = await _bot.SayAsync(_secretary, "khong co noi dung phat sinh");

        Assert.Contains("cho đến khi được chấp nhận, bot vẫn nhắc", reply.Text(), StringComparison.Ordinal);
        var question = Assert.Single(reply.Proactive).Message;
        Assert.Contains("Đảng bộ Ngân hàng Nhà nước (NHNN) báo \"không có nội dung phát sinh\"", question.Text, StringComparison.Ordinal);
        Assert.Equal(["Chấp nhận", "Không chấp nhận"], question.Choices.Select(c => c.Label).ToList());
        Assert.True((await StandingAsync()).Owes);
    }

    [Fact]
    public async Task Accepting_excuses_the_unit_tells_it_and_stops_its_reminders()
    {
        var claim = await _bot.SayAsync(_secretary, "Không có nội dung phát sinh");
        var accept = Assert.Single(claim.Proactive).Message.Choices[0].Payload;

        var reply = await _bot.PressAsync(BotHarness.Admin, accept);

        Assert.Contains("Đã chấp nhận", reply.Text(), StringComparison.Ordinal);
        var notice = Assert.Single(reply.Proactive);
        Assert.Equal(_secretary, notice.To.ChatId);
        Assert.Contains("không phải nộp", notice.Message.Text, StringComparison.Ordinal);
        var standing = await StandingAsync();
        Assert.True(standing.Excused);
        Assert.False(standing.Owes);

        // Excused is not missing: the lists and counts say so, and the unit sees it.
        var missing = (await _bot.SayAsync(BotHarness.Admin, $"/chuanop #{_deadline.Id}")).Text();
        Assert.Contains("73/74 đơn vị chưa nộp", missing, StringComparison.Ordinal);
        // Not in the list of those that owe; named on the line of the excused, so the figures add up.
        var excusedAt = missing.IndexOf("Được miễn", StringComparison.Ordinal);
        Assert.DoesNotContain("Ngân hàng Nhà nước", missing[..excusedAt], StringComparison.Ordinal);
        Assert.Contains("Ngân hàng Nhà nước", missing[excusedAt..], StringComparison.Ordinal);
        Assert.Contains("Được miễn (không có nội dung phát sinh): 1", (await _bot.SayAsync(BotHarness.Admin, $"/tinhhinh #{_deadline.Id}")).Text(), StringComparison.Ordinal);
        Assert.Contains("Được miễn", (await _bot.SayAsync(_secretary, "/viec")).Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Accepting_twice_changes_nothing_the_second_time()
    {
        var claim = await _bot.SayAsync(_secretary, "Không có nội dung phát sinh");
        var accept = Assert.Single(claim.Proactive).Message.Choices[0].Payload;
        await _bot.PressAsync(BotHarness.Admin, accept);

        var again = await _bot.PressAsync(BotHarness.Admin, accept);

        Assert.Contains("Đã chấp nhận trước đó", again.Text(), StringComparison.Ordinal);
        Assert.Empty(again.Proactive);
    }

    [Fact]
    public async Task Refusing_tells_the_unit_to_submit_and_it_keeps_owing()
    {
        var claim = await _bot.SayAsync(_secretary, "Không có nội dung phát sinh");
        var refuse = Assert.Single(claim.Proactive).Message.Choices[1].Payload;

        // The refusal is told to the unit with no undo: the button names the unit and asks once, as a typed one does.
        var asked = await _bot.PressAsync(BotHarness.Admin, refuse);
        Assert.Contains("Không chấp nhận báo \"không có nội dung phát sinh\"", asked.Text(), StringComparison.Ordinal);
        Assert.Empty(asked.Proactive);
        var reply = await _bot.SayAsync(BotHarness.Admin, "1");

        Assert.Contains("vẫn gửi báo cáo", Assert.Single(reply.Proactive).Message.Text, StringComparison.Ordinal);
        Assert.True((await StandingAsync()).Owes);
    }

    [Fact]
    public async Task A_secretary_cannot_excuse_itself()
    {
        var claim = await _bot.SayAsync(_secretary, "Không có nội dung phát sinh");
        var accept = Assert.Single(claim.Proactive).Message.Choices[0].Payload;

        var reply = await _bot.PressAsync(_secretary, accept);

        Assert.Contains("chỉ dành cho cán bộ Ban Tuyên giáo", reply.Text(), StringComparison.Ordinal);
        Assert.False((await StandingAsync()).Excused);
    }

    private async Task<UnitStanding> StandingAsync() =>
        (await _bot.Get<TallyService>().ForDeadlineAsync(_deadline)).Units.Single(u => u.Unit.Code == "NHNN");
}
