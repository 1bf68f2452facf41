namespace QcdcBot.Tests.Zalo;

/// <summary>A photo over the cap: its size is said, and the way out is a smaller photo or a PDF under the cap, never the same photo elsewhere.</summary>
public sealed partial class ZaloConversationTests
{
    [Fact]
    public async Task A_photo_over_the_cap_is_answered_with_its_size_and_a_way_under_the_cap_and_stores_nothing()
    {
        await ZaloSeed.SecretaryAsync(_host, Secretary);
        await ZaloSeed.DeadlineAsync(_host, "Báo cáo sơ kết QCDC quý I", new DateOnly(2027, 12, 19));
        var before = await RowCountsAsync();

        _api.Enqueue(ZaloEvents.Image(Secretary, _api.AddImage("lon.jpg", new byte[21 * 1024 * 1024], raw: true)));

        var reply = await _api.WaitForMessageAsync(Secretary, "Ảnh vừa gửi");
        Assert.Contains("nặng 21,0 MB", reply.Text, StringComparison.Ordinal);
        Assert.Contains("quá giới hạn 20,0 MB", reply.Text, StringComparison.Ordinal);
        Assert.Contains("PDF dưới 20,0 MB", reply.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("hoặc dùng trang nộp tệp", reply.Text, StringComparison.Ordinal);
        Assert.Equal(before, await RowCountsAsync());
    }

    [Fact]
    public void A_photo_whose_size_zalo_did_not_say_is_said_to_be_over_the_cap()
    {
        var text = QcdcBot.Bot.Channels.Zalo.ZaloUpdateHandler.TooLarge(null, 20L * 1024 * 1024);

        Assert.Contains("nặng hơn 20,0 MB", text, StringComparison.Ordinal);
    }
}
