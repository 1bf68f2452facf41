using QcdcBot.Storage.ExtensionRequests;
using QcdcBot.Storage.Statuses;

namespace QcdcBot.Tests.Zalo;

/// <summary>
/// zalo23 Z0: a reminder arriving while the secretary's own "cho việc nào?" is open owns the numbers it shows; a number
/// both take writes nothing and names both, never a status or an extension request on a deadline nobody meant.
/// </summary>
public sealed partial class ZaloConversationTests
{
    [Theory]
    [InlineData("2")]
    [InlineData("số 1")]
    public async Task A_number_both_a_reminder_and_the_secretarys_older_question_take_writes_nothing(string typed)
    {
        var (unit, _) = await ZaloSeed.SecretaryAsync(_host, Secretary);
        var first = await ZaloSeed.DeadlineAsync(_host, "Báo cáo sơ kết QCDC quý I", new DateOnly(2027, 12, 19));
        var reminded = await ZaloSeed.DeadlineAsync(_host, "Kế hoạch QCDC năm 2028", new DateOnly(2027, 12, 20));
        _api.Enqueue(ZaloEvents.Text(Secretary, "em xin gia hạn đến 28/12/2027 vì chưa họp"));
        await _api.WaitForMessageAsync(Secretary, "cho việc nào");
        _api.Enqueue(ZaloEvents.Text(ZaloTestHost.Admin, $"/nhacngay #{reminded.Id}"));
        await _api.WaitForMessageAsync(Secretary, "Nhắc việc");

        _api.Enqueue(ZaloEvents.Text(Secretary, typed));

        var both = await _api.WaitForMessageAsync(Secretary, "trả lời được cả hai câu hỏi đang chờ, nên bot chưa ghi gì");
        Assert.Contains("Câu hỏi của bạn", both.Text, StringComparison.Ordinal);
        Assert.Contains($"Nhắc việc #{reminded.Id}", both.Text, StringComparison.Ordinal);
        Assert.Empty(await _host.Get<StatusNoteStore>().ForUnitAsync(unit.Id));
        Assert.Empty(await _host.Get<ExtensionRequestStore>().ForDeadlineAsync(first.Id));
        Assert.Empty(await _host.Get<ExtensionRequestStore>().ForDeadlineAsync(reminded.Id));
    }
}
