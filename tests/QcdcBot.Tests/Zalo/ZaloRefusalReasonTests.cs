using QcdcBot.Storage.ExtensionRequests;

namespace QcdcBot.Tests.Zalo;

/// <summary>An admin refusing an extension request by its number ("2") is asked for the reason, and the next message is what the unit is told.</summary>
public sealed partial class ZaloConversationTests
{
    [Theory]
    [InlineData("khong du ly do", "Lý do: khong du ly do.")]
    [InlineData("Chi bộ đã có đủ số liệu rồi ạ", "Lý do: Chi bộ đã có đủ số liệu rồi.")]
    [InlineData("bỏ qua", null)]
    [InlineData("khong neu ly do", null)]
    public async Task A_refusal_by_number_asks_the_reason_and_sends_the_next_message_to_the_unit(string answer, string? told)
    {
        await ZaloSeed.SecretaryAsync(_host, Secretary);
        var deadline = await ZaloSeed.DeadlineAsync(_host, "Báo cáo sơ kết QCDC quý I", new DateOnly(2027, 12, 19));
        _api.Enqueue(ZaloEvents.Text(ZaloTestHost.Admin, "/trogiup"));
        await _api.WaitForMessageAsync(ZaloTestHost.Admin, "quản trị");
        _api.Enqueue(ZaloEvents.Text(Secretary, "/giahan 28/12/2027 chờ đại hội chi bộ"));
        await _api.WaitForMessageAsync(ZaloTestHost.Admin, "Đề nghị gia hạn số ");

        _api.Enqueue(ZaloEvents.Text(ZaloTestHost.Admin, "2"));
        await _api.WaitForMessageAsync(ZaloTestHost.Admin, "Lý do từ chối?");
        Assert.Equal(ExtensionState.Pending, (await _host.Get<ExtensionRequestStore>().ForDeadlineAsync(deadline.Id)).Single().State);
        _api.Enqueue(ZaloEvents.Text(ZaloTestHost.Admin, answer));

        await _api.WaitForMessageAsync(ZaloTestHost.Admin, "Đã từ chối đề nghị");
        var notice = await _api.WaitForMessageAsync(Secretary, "không đồng ý gia hạn");
        if (told is null)
        {
            Assert.DoesNotContain("Lý do", notice.Text, StringComparison.Ordinal);
        }
        else
        {
            Assert.Contains(told, notice.Text, StringComparison.Ordinal);
        }

        Assert.Equal(ExtensionState.Denied, (await _host.Get<ExtensionRequestStore>().ForDeadlineAsync(deadline.Id)).Single().State);
    }

    [Fact]
    public async Task A_typed_refusal_with_its_reason_is_made_at_once_as_before()
    {
        await ZaloSeed.SecretaryAsync(_host, Secretary);
        await ZaloSeed.DeadlineAsync(_host, "Báo cáo sơ kết QCDC quý I", new DateOnly(2027, 12, 19));
        _api.Enqueue(ZaloEvents.Text(Secretary, "/giahan 28/12/2027 chờ đại hội chi bộ"));
        var question = await _api.WaitForMessageAsync(ZaloTestHost.Admin, "Đề nghị gia hạn số ");
        var id = System.Text.RegularExpressions.Regex.Match(question.Text!, @"Đề nghị gia hạn số (\d+)").Groups[1].Value;

        _api.Enqueue(ZaloEvents.Text(ZaloTestHost.Admin, $"/tuchoi {id} chưa đủ căn cứ"));

        var notice = await _api.WaitForMessageAsync(Secretary, "không đồng ý gia hạn");
        Assert.Contains("Lý do: chưa đủ căn cứ.", notice.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(_api.MessagesTo(ZaloTestHost.Admin), m => m.Contains("Lý do từ chối?", StringComparison.Ordinal));
    }
}
