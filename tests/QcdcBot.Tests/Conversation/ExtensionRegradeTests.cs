using QcdcBot.Scheduling.Tallies;
using QcdcBot.Storage.ExtensionRequests;

namespace QcdcBot.Tests.Conversation;

/// <summary>Extensions and moved deadlines keep every grade and every date a unit is told consistent.</summary>
public sealed class ExtensionRegradeTests : IAsyncLifetime
{
    private BotHarness _bot = null!;
    private string _secretary = null!;

    public async Task InitializeAsync()
    {
        _bot = await BotHarness.CreateAsync();
        await _bot.AssignAsync("Báo cáo sơ kết dân vận khéo trước ngày 25/10/2024");
        _secretary = await _bot.RegisterSecretaryAsync("SKHDT");
    }

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    private async Task<UnitStanding> StandingAsync() =>
        (await _bot.Get<TallyService>().ForDeadlineAsync((await _bot.Get<QcdcBot.Storage.Deadlines.DeadlineStore>().GetAsync(1))!)).Units.Single(u => u.Unit.Code == "SKHDT");

    [Fact]
    public async Task A_late_submission_is_on_time_once_an_extension_covering_it_is_approved()
    {
        _bot.SetLocalTime(2024, 10, 27, 9, 0);
        await _bot.SayAsync(_secretary, "/giahan 31/10 cho ky duyet");
        await _bot.SendFileAsync(_secretary, "so-ket.docx", [1, 2, 3, 4]);
        Assert.True((await StandingAsync()).Late);

        await _bot.SayConfirmedAsync(BotHarness.Admin, "/duyet 1");

        var standing = await StandingAsync();
        Assert.True(standing.OnTime);
        Assert.Equal(new DateOnly(2024, 10, 31), standing.First!.DueDate);
    }

    [Fact]
    public async Task Moving_the_deadline_past_an_extension_gives_the_unit_the_later_date_and_regrades()
    {
        _bot.SetLocalTime(2024, 10, 23, 9, 0);
        await _bot.SayAsync(_secretary, "/giahan 28/10 dang trinh ky");
        await _bot.SayConfirmedAsync(BotHarness.Admin, "/duyet 1");
        _bot.SetLocalTime(2024, 10, 29, 9, 0);
        await _bot.SendFileAsync(_secretary, "so-ket.docx", [1, 2, 3, 4]);
        Assert.True((await StandingAsync()).Late);

        await _bot.SayAsync(BotHarness.Admin, "/suahan #1 truoc 5/11/2024");

        var standing = await StandingAsync();
        Assert.Equal(new DateOnly(2024, 11, 5), standing.DueDate);
        Assert.True(standing.OnTime);
    }

    [Fact]
    public async Task A_refusal_after_an_earlier_extension_tells_the_unit_its_extended_date()
    {
        await _bot.SayAsync(_secretary, "/giahan 28/10 dang trinh ky");
        await _bot.SayConfirmedAsync(BotHarness.Admin, "/duyet 1");
        await _bot.SayAsync(_secretary, "/giahan 4/11 chua du so lieu");

        await _bot.SayAsync(BotHarness.Admin, "/tuchoi 2");
        var refused = await _bot.SayAsync(BotHarness.Admin, "bỏ qua");

        var notice = Assert.Single(refused.Proactive).Message.Text;
        Assert.Contains("vẫn là Thứ Hai, 28/10/2024", notice, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_second_pending_request_replaces_the_first_and_the_first_cannot_be_approved()
    {
        await _bot.SayAsync(_secretary, "/giahan 29/10 cho lanh dao ky");
        var second = await _bot.SayAsync(_secretary, "/giahan 1/11 can them so lieu");

        Assert.Contains("thay cho đề nghị số 1", Assert.Single(second.Proactive).Message.Text, StringComparison.Ordinal);
        var old = await _bot.SayAsync(BotHarness.Admin, "/duyet 1");
        Assert.Contains("đã được thay bằng đề nghị mới hơn số 2", old.Text(), StringComparison.Ordinal);
        var requests = await _bot.Get<ExtensionRequestStore>().ForDeadlineAsync(1);
        Assert.Equal([ExtensionState.Denied, ExtensionState.Pending], requests.Select(r => r.State));
    }
}
