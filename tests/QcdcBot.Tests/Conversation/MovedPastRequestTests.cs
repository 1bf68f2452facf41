using QcdcBot.Storage.ExtensionRequests;

namespace QcdcBot.Tests.Conversation;

/// <summary>
/// A request still waiting whose date a new due date (/suahan) reaches is closed as no longer needed: the unit is told
/// in the message with the new date, it no longer waits in /tinhhinh or the /duyet list, and deciding it says it is closed.
/// </summary>
public sealed class MovedPastRequestTests : IAsyncLifetime
{
    private BotHarness _bot = null!;
    private long _deadlineId;
    private string _secretary = null!;

    public async Task InitializeAsync()
    {
        _bot = await BotHarness.CreateAsync();
        _deadlineId = (await _bot.AssignAsync("Kế hoạch kiểm tra giám sát QCDC trước ngày 31/10/2024 cho CTK, SYT")).Id;
        _secretary = await _bot.RegisterSecretaryAsync("CTK");
    }

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Theory]
    [InlineData("xin gia hạn đến 5/11/2024 vì chưa họp chi ủy", "8/11/2024", "đã sau ngày xin")]
    [InlineData("/giahan 8/11/2024 chờ đồng chí bí thư ký", "8/11/2024", "đã đến ngày xin")]
    public async Task A_waiting_request_the_new_due_date_reaches_is_closed_and_the_unit_told(string request, string moveTo, string why)
    {
        await _bot.SayAsync(_secretary, request);
        var id = Assert.Single(await _bot.Get<ExtensionRequestStore>().ForDeadlineAsync(_deadlineId)).Id;

        var moved = await _bot.SayAsync(BotHarness.Admin, $"/suahan #{_deadlineId} trước {moveTo}");
        var progress = (await _bot.SayAsync(BotHarness.Admin, $"/tinhhinh #{_deadlineId}")).Text();
        var waiting = (await _bot.SayAsync(BotHarness.Admin, "/duyet")).Text();
        var approve = (await _bot.SayAsync(BotHarness.Admin, $"/duyet {id}")).Text();
        var deny = await _bot.SayAsync(BotHarness.Admin, $"/tuchoi {id} chưa đủ lý do");

        var told = Assert.Single(moved.Proactive, p => p.To.ChatId == _secretary).Message.Text;
        Assert.Contains($"không còn cần: hạn mới {moveTo} {why}", told, StringComparison.Ordinal);
        Assert.Contains($"đã đóng: số {id} CTK", moved.Text(), StringComparison.Ordinal);
        Assert.DoesNotContain("chờ duyệt", progress, StringComparison.Ordinal);
        Assert.DoesNotContain($"{id}", waiting.Split('\n').Where(l => l.Contains("CTK", StringComparison.Ordinal)).FirstOrDefault() ?? string.Empty, StringComparison.Ordinal);
        Assert.Contains($"Đề nghị số {id} đã đóng vì không còn cần (hạn mới của việc #{_deadlineId} là {moveTo}", approve, StringComparison.Ordinal);
        Assert.Contains($"Đề nghị số {id} đã đóng vì không còn cần", deny.Text(), StringComparison.Ordinal);
        Assert.Empty(deny.Proactive);
        Assert.True((await _bot.Get<ExtensionRequestStore>().GetAsync(id))!.Unneeded);
    }

    [Fact]
    public async Task A_waiting_request_past_the_new_due_date_still_waits()
    {
        await _bot.SayAsync(_secretary, "em xin lùi hạn đến 20/11/2024 do chưa tổ chức hội nghị");

        var moved = await _bot.SayAsync(BotHarness.Admin, $"/suahan #{_deadlineId} trước 8/11/2024");

        Assert.DoesNotContain("không còn cần", Assert.Single(moved.Proactive, p => p.To.ChatId == _secretary).Message.Text, StringComparison.Ordinal);
        Assert.Equal(ExtensionState.Pending, Assert.Single(await _bot.Get<ExtensionRequestStore>().ForDeadlineAsync(_deadlineId)).State);
    }
}
