using QcdcBot.Storage.ExtensionRequests;

namespace QcdcBot.Tests.Zalo;

/// <summary>
/// With several extension requests waiting, a typed number answers the request whose options the admin was shown
/// last, whichever option it is, and the reply names that request (unit, deadline, date); the others stay waiting.
/// </summary>
public sealed partial class ZaloConversationTests
{
    [Theory]
    [InlineData("2", "Đã từ chối đề nghị số ", false)]
    [InlineData("1", "Đã đồng ý đề nghị số ", true)]
    public async Task With_three_requests_waiting_a_typed_number_answers_the_one_shown_last_and_names_it(string typed, string reply, bool approved)
    {
        var decided = approved ? ExtensionState.Approved : ExtensionState.Denied;
        const string Colleague = "c0aa0000a66b88fe6d6a9";
        const string Third = "c0bb0000a66b88fe6d6a9";
        await ZaloSeed.SecretaryAsync(_host, Secretary);
        await ZaloSeed.SecretaryAsync(_host, Colleague, "CTK");
        await ZaloSeed.SecretaryAsync(_host, Third, "SYT");
        var deadline = await ZaloSeed.DeadlineAsync(_host, "Kế hoạch tuyên truyền QCDC năm 2028", new DateOnly(2027, 12, 10));
        _api.Enqueue(ZaloEvents.Text(ZaloTestHost.Admin, "/trogiup"));
        await _api.WaitForMessageAsync(ZaloTestHost.Admin, "quản trị");
        _api.Enqueue(ZaloEvents.Text(Secretary, $"/giahan #{deadline.Id} 17/12/2027 chờ đại hội chi bộ"));
        await RequestsShownAsync(1);
        _api.Enqueue(ZaloEvents.Text(Third, $"xin gia hạn #{deadline.Id} đến 21/12/2027 vì chờ lãnh đạo ký"));
        await RequestsShownAsync(2);
        _api.Enqueue(ZaloEvents.Text(Colleague, $"/giahan #{deadline.Id} 14/12/2027 chờ chi ủy họp"));
        await RequestsShownAsync(3);

        _api.Enqueue(ZaloEvents.Text(ZaloTestHost.Admin, typed));
        if (!approved)
        {
            // A refusal carries the unit's reason: asked for, naming the request; "bỏ qua" refuses without one.
            var why = await _api.WaitForMessageAsync(ZaloTestHost.Admin, "Lý do từ chối?");
            Assert.Contains("(CTK)", why.Text, StringComparison.Ordinal);
            _api.Enqueue(ZaloEvents.Text(ZaloTestHost.Admin, "bỏ qua"));
        }

        var done = await _api.WaitForMessageAsync(ZaloTestHost.Admin, reply);
        Assert.Contains("(CTK)", done.Text, StringComparison.Ordinal);
        Assert.Contains($"việc #{deadline.Id}", done.Text, StringComparison.Ordinal);
        Assert.Contains("14/12/2027", done.Text, StringComparison.Ordinal);
        var states = (await _host.Get<ExtensionRequestStore>().ForDeadlineAsync(deadline.Id)).ToDictionary(r => r.RequestedDate.Day, r => r.State);
        Assert.Equal(decided, states[14]);
        Assert.Equal(ExtensionState.Pending, states[17]);
        Assert.Equal(ExtensionState.Pending, states[21]);
    }

    private Task<ZaloCall> RequestsShownAsync(int count) =>
        _api.WaitForAsync("sendMessage", c => c.ChatId == ZaloTestHost.Admin
            && _api.MessagesTo(ZaloTestHost.Admin).Count(m => m.Contains("Đề nghị gia hạn số ", StringComparison.Ordinal)) == count);
}
