using QcdcBot.Storage.ExtensionRequests;

namespace QcdcBot.Tests.Zalo;

/// <summary>
/// A secretary's date ahead with no command ("20/12 cho so lieu"), which nothing else understood: read as an extension
/// asked for, confirmed first naming the deadline and the date; with no deadline to tell, the /giahan line to send is
/// shown filled with the person's words, never the generic "Bot chưa hiểu" alone.
/// </summary>
public sealed partial class ZaloConversationTests
{
    [Theory]
    [InlineData("bc thi dua 22/12/2027 vi cho tong hop so lieu")]
    [InlineData("22/12/2027 do chờ tổng hợp số liệu")]
    public async Task A_date_ahead_with_a_deadline_to_tell_is_confirmed_as_an_extension_naming_deadline_and_date(string typed)
    {
        await ZaloSeed.SecretaryAsync(_host, Secretary);
        _api.Enqueue(ZaloEvents.Text(ZaloTestHost.Admin, "/trogiup"));
        await _api.WaitForMessageAsync(ZaloTestHost.Admin, "quản trị");
        var deadline = await ZaloSeed.DeadlineAsync(_host, "Báo cáo thi đua khen thưởng", new DateOnly(2027, 12, 15));

        _api.Enqueue(ZaloEvents.Text(Secretary, typed));

        var asked = await _api.WaitForMessageAsync(Secretary, "Bạn muốn xin gia hạn");
        Assert.Contains($"#{deadline.Id} \"{deadline.Title}\"", asked.Text, StringComparison.Ordinal);
        Assert.Contains("22/12/2027", asked.Text, StringComparison.Ordinal);
        Assert.Empty(await _host.Get<ExtensionRequestStore>().ForDeadlineAsync(deadline.Id));
        _api.Enqueue(ZaloEvents.Text(Secretary, "1"));
        await _api.WaitForMessageAsync(ZaloTestHost.Admin, "Đề nghị gia hạn số");
        Assert.Equal(new DateOnly(2027, 12, 22), Assert.Single(await _host.Get<ExtensionRequestStore>().ForDeadlineAsync(deadline.Id)).RequestedDate);
    }

    [Fact]
    public async Task A_date_ahead_with_no_deadline_to_tell_gets_the_giahan_line_filled_with_the_words_typed()
    {
        await ZaloSeed.SecretaryAsync(_host, Secretary);
        await ZaloSeed.DeadlineAsync(_host, "Báo cáo thi đua khen thưởng", new DateOnly(2027, 12, 15));
        await ZaloSeed.DeadlineAsync(_host, "Kế hoạch tuyên truyền bầu cử", new DateOnly(2027, 12, 17));

        _api.Enqueue(ZaloEvents.Text(Secretary, "21/12/2027 cho so lieu"));

        var reply = await _api.WaitForMessageAsync(Secretary, "/giahan #<mã việc> 21/12/2027 cho so lieu");
        Assert.Contains("xin gia hạn", reply.Text, StringComparison.Ordinal);
    }
}
