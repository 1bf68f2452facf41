namespace QcdcBot.Tests.Zalo;

/// <summary>A reminder is not a question: its numbered shortcuts carry no "0) Không", which would mean nothing there.</summary>
public sealed partial class ZaloConversationTests
{
    [Fact]
    public async Task A_reminders_numbered_shortcuts_end_without_a_way_out_line()
    {
        await ZaloSeed.SecretaryAsync(_host, Secretary);
        var deadline = await ZaloSeed.DeadlineAsync(_host, "Kế hoạch QCDC năm 2028", new DateOnly(2027, 12, 20));

        _api.Enqueue(ZaloEvents.Text(ZaloTestHost.Admin, $"/nhacngay #{deadline.Id}"));

        var reminder = await _api.WaitForMessageAsync(Secretary, "Nhắc việc");
        Assert.Contains("\n  1) ", reminder.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("0) Không", reminder.Text, StringComparison.Ordinal);
    }
}
