using QcdcBot.Storage.ExtensionRequests;

namespace QcdcBot.Tests.Zalo;

/// <summary>
/// An extension asked over Zalo: a refusal names its deadline, and the "which deadline?" choices hold only the
/// deadlines the asked date extends.
/// </summary>
public sealed partial class ZaloConversationTests
{
    [Fact]
    public async Task A_refused_extension_date_names_the_deadline()
    {
        await ZaloSeed.SecretaryAsync(_host, Secretary);
        var deadline = await ZaloSeed.DeadlineAsync(_host, "Báo cáo sơ kết QCDC quý I", new DateOnly(2027, 12, 19));

        _api.Enqueue(ZaloEvents.Text(Secretary, $"/giahan #{deadline.Id} 15/12/2027 chờ họp"));

        var refusal = await _api.WaitForMessageAsync(Secretary, "phải sau hạn hiện tại");
        Assert.Contains($"#{deadline.Id} \"Báo cáo sơ kết QCDC quý I\"", refusal.Text, StringComparison.Ordinal);
        Assert.Empty(await _host.Get<ExtensionRequestStore>().ForDeadlineAsync(deadline.Id));
    }

    [Fact]
    public async Task Which_deadline_to_extend_offers_only_deadlines_due_before_the_asked_date_and_says_why_the_others_are_not()
    {
        await ZaloSeed.SecretaryAsync(_host, Secretary);
        var early = await ZaloSeed.DeadlineAsync(_host, "Báo cáo sơ kết QCDC quý I", new DateOnly(2027, 12, 10));
        var sameDay = await ZaloSeed.DeadlineAsync(_host, "Kế hoạch QCDC năm 2028", new DateOnly(2027, 12, 20));
        var later = await ZaloSeed.DeadlineAsync(_host, "Báo cáo chuyên đề dân vận khéo", new DateOnly(2027, 12, 30));
        var alsoEarly = await ZaloSeed.DeadlineAsync(_host, "Danh sách tổ hòa giải", new DateOnly(2027, 12, 5));

        _api.Enqueue(ZaloEvents.Text(Secretary, "/giahan 20/12/2027 chờ họp"));

        var question = await _api.WaitForMessageAsync(Secretary, "cho việc nào?");
        Assert.Contains($"#{early.Id} Báo cáo sơ kết QCDC quý I", question.Text, StringComparison.Ordinal);
        Assert.Contains($"#{alsoEarly.Id} Danh sách tổ hòa giải", question.Text, StringComparison.Ordinal);
        Assert.DoesNotContain($"#{sameDay.Id} Kế hoạch", question.Text, StringComparison.Ordinal);
        Assert.DoesNotContain($"#{later.Id} Báo cáo chuyên đề", question.Text, StringComparison.Ordinal);
        Assert.Contains(_api.MessagesTo(Secretary), m => m.Contains($"#{sameDay.Id}", StringComparison.Ordinal) && m.Contains("không sớm hơn", StringComparison.Ordinal));

        // Nothing open is due before the asked date: the bot says so instead of asking.
        _api.Enqueue(ZaloEvents.Text(Secretary, "0"));
        await _api.WaitForMessageAsync(Secretary, "Được, bot không làm gì cả");
        _api.Enqueue(ZaloEvents.Text(Secretary, "/giahan 01/12/2027 chờ họp"));
        var none = await _api.WaitForMessageAsync(Secretary, "Không có việc nào");
        Assert.Contains("trước 1/12/2027", none.Text, StringComparison.Ordinal);
        Assert.Empty(await _host.Get<ExtensionRequestStore>().ForDeadlineAsync(early.Id));
    }
}
