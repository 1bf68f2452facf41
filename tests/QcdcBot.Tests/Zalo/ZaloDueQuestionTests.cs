namespace QcdcBot.Tests.Zalo;

/// <summary>A secretary's question about when a deadline is due gets that deadline's /viec line, not "Bot chưa hiểu".</summary>
public sealed partial class ZaloConversationTests
{
    [Theory]
    [InlineData("han nop kh 2028 la ngay nao a?")]
    [InlineData("Hạn nộp kế hoạch 2028 là ngày nào ạ")]
    [InlineData("khi nao phai nop ke hoach 2028 vay anh")]
    [InlineData("kh 2028 han den bao gio a")]
    public async Task A_due_date_question_gets_the_line_of_the_deadline_it_names(string typed)
    {
        await ZaloSeed.SecretaryAsync(_host, Secretary);
        var named = await ZaloSeed.DeadlineAsync(_host, "Kế hoạch thực hiện QCDC năm 2028", new DateOnly(2027, 12, 15));
        await ZaloSeed.DeadlineAsync(_host, "Báo cáo sơ kết QCDC quý I", new DateOnly(2027, 12, 19));

        _api.Enqueue(ZaloEvents.Text(Secretary, typed));

        var reply = await _api.WaitForMessageAsync(Secretary, "Việc của");
        Assert.Contains($"#{named.Id} Kế hoạch thực hiện QCDC năm 2028", reply.Text, StringComparison.Ordinal);
        Assert.Contains("15/12/2027", reply.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("sơ kết", reply.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(_api.MessagesTo(Secretary), m => m.Contains("Bot chưa hiểu", StringComparison.Ordinal));
    }
}
