using QcdcBot.Storage.ExtensionRequests;

namespace QcdcBot.Tests.Conversation;

/// <summary>An extension asked for in a sentence, without the slash, without diacritics, with the date after any little word.</summary>
public sealed class ExtensionPhrasingTests
{
    [Theory]
    [InlineData("gia han toi 15/11 vi dang cho thu truong ky", 15, "vi dang cho thu truong ky")]
    [InlineData("xin gia hạn đến 15-11 do đồng chí bí thư đi công tác", 15, "do đồng chí bí thư đi công tác")]
    [InlineData("Xin gia han den ngay 16 thang 11", 16, "")]
    [InlineData("gia hạn tới ngày 16.11 ạ, chờ họp chi ủy", 16, "ạ, chờ họp chi ủy")]
    public async Task A_sentence_asking_for_more_time_is_an_extension_request_with_its_reason(string text, int day, string reason)
    {
        await using var bot = await BotHarness.CreateAsync();
        var deadline = await bot.AssignAsync("Báo cáo sơ kết QCDC trước ngày 31/10/2024");
        var secretary = await bot.RegisterSecretaryAsync("XDGT");

        var reply = await bot.SayAsync(secretary, text);

        Assert.Contains("Đã gửi đề nghị gia hạn", reply.Text(), StringComparison.Ordinal);
        var request = Assert.Single(await bot.Get<ExtensionRequestStore>().ForDeadlineAsync(deadline.Id));
        Assert.Equal(new DateOnly(2024, 11, day), request.RequestedDate);
        Assert.Equal(reason, request.Reason);
    }

    [Fact]
    public async Task A_far_date_later_this_year_is_asked_for_not_refused_as_passed()
    {
        await using var bot = await BotHarness.CreateAsync(BotHarness.DefaultStart.AddDays(-200));
        var deadline = await bot.AssignAsync("Báo cáo năm trước ngày 20/4/2024");
        var secretary = await bot.RegisterSecretaryAsync("XDGT");

        var reply = await bot.SayAsync(secretary, "/giahan 20/12 chờ kết luận thanh tra");

        Assert.DoesNotContain("đã qua", reply.Text(), StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2024, 12, 20), Assert.Single(await bot.Get<ExtensionRequestStore>().ForDeadlineAsync(deadline.Id)).RequestedDate);
    }
}
