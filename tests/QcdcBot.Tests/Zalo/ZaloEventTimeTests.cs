using QcdcBot.Scheduling.Calendar;
using QcdcBot.Storage.Submissions;

namespace QcdcBot.Tests.Zalo;

/// <summary>
/// Lateness follows the event's date only when it is plausible; a date far behind or ahead of when the server received
/// the event (clock skew, a replay) is replaced by the server's receive time.
/// </summary>
public sealed partial class ZaloConversationTests
{
    [Theory]
    [InlineData(-30 * 24)]
    [InlineData(-3 * 365 * 24)]
    [InlineData(400 * 24)]
    public async Task A_photo_whose_zalo_date_is_not_plausible_is_graded_by_when_the_server_received_it(int hoursOff)
    {
        var (unit, _) = await ZaloSeed.SecretaryAsync(_host, Secretary);
        var today = _host.Get<OfficeClock>().Today;
        var deadline = await ZaloSeed.DeadlineAsync(_host, "Báo cáo sơ kết QCDC quý I", today.AddDays(-3));
        var now = _host.Get<TimeProvider>().GetUtcNow();

        _api.Enqueue(ZaloEvents.Image(Secretary, _api.AddImage("bc.jpg", [9, 1, 9])).At(now.AddHours(hoursOff)));

        var receipt = await _api.WaitForMessageAsync(Secretary, "Biên nhận số");
        Assert.Contains("Tình trạng: trễ 3 ngày", receipt.Text, StringComparison.Ordinal);
        var stored = (await _host.Get<SubmissionStore>().LatestAsync(unit.Id, deadline.Id))!;
        Assert.Equal(today, stored.ReceivedLocalDate);
    }

    [Fact]
    public async Task A_photo_held_at_zalo_for_a_day_while_the_bot_was_down_keeps_its_own_date()
    {
        var (unit, _) = await ZaloSeed.SecretaryAsync(_host, Secretary);
        var clock = _host.Get<OfficeClock>();
        var deadline = await ZaloSeed.DeadlineAsync(_host, "Báo cáo sơ kết QCDC quý I", clock.Today.AddDays(-1));
        var sent = _host.Get<TimeProvider>().GetUtcNow().AddDays(-1);

        _api.Enqueue(ZaloEvents.Image(Secretary, _api.AddImage("bc.jpg", [9, 2, 9])).At(sent));

        await _api.WaitForMessageAsync(Secretary, "Biên nhận số");
        var stored = (await _host.Get<SubmissionStore>().LatestAsync(unit.Id, deadline.Id))!;
        Assert.Equal(sent.ToUnixTimeMilliseconds(), stored.ReceivedAt.ToUnixTimeMilliseconds());
        Assert.Equal(clock.LocalDate(sent), stored.ReceivedLocalDate);
    }
}
