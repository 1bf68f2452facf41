using QcdcBot.Storage.ExtensionRequests;

namespace QcdcBot.Tests.Zalo;

/// <summary>The reminder's "Xin gia hạn" carries no date: the bot asks for it and takes the next message as the answer.</summary>
public sealed partial class ZaloConversationTests
{
    [Fact]
    public async Task An_extension_asked_without_a_date_asks_until_when_and_the_next_message_is_the_answer()
    {
        await ZaloSeed.SecretaryAsync(_host, Secretary);
        var deadline = await ZaloSeed.DeadlineAsync(_host, "Báo cáo sơ kết QCDC quý I", new DateOnly(2027, 12, 19));

        _api.Enqueue(ZaloEvents.Text(Secretary, "/giahan"));
        await _api.WaitForMessageAsync(Secretary, "đến ngày nào?");
        _api.Enqueue(ZaloEvents.Text(Secretary, "27/12/2027 chi bo chua hop duoc"));

        await _api.WaitForMessageAsync(Secretary, "Đã gửi đề nghị gia hạn");
        var request = Assert.Single(await _host.Get<ExtensionRequestStore>().ForDeadlineAsync(deadline.Id));
        Assert.Equal(new DateOnly(2027, 12, 27), request.RequestedDate);
    }

    [Fact]
    public async Task Which_deadline_shows_the_units_own_due_date_after_an_extension()
    {
        var (unit, _) = await ZaloSeed.SecretaryAsync(_host, Secretary);
        var moved = await ZaloSeed.DeadlineAsync(_host, "Báo cáo sơ kết QCDC quý I", new DateOnly(2027, 12, 3));
        await ZaloSeed.DeadlineAsync(_host, "Kế hoạch QCDC năm 2028", new DateOnly(2027, 12, 30));
        await GrantExtensionAsync(moved, "10/12/2027");
        Assert.Equal(new DateOnly(2027, 12, 10), (await _host.Get<QcdcBot.Storage.Deadlines.DeadlineStore>().OverridesAsync(moved.Id))[unit.Id]);

        // A number that is no deadline of the unit: the bot says so and asks, listing the open ones.
        _api.Enqueue(ZaloEvents.Text(Secretary, "chi bo van dang lam #99"));

        var question = await _api.WaitForMessageAsync(Secretary, "cho việc nào?");
        Assert.Contains($"#{moved.Id} Báo cáo sơ kết QCDC quý I (hạn 10/12/2027", question.Text, StringComparison.Ordinal);
    }
}
