using QcdcBot.Storage.Submissions;

namespace QcdcBot.Tests.Zalo;

/// <summary>Pages two members send close together are listed in the order they were sent, whatever order they were filed in.</summary>
public sealed partial class ZaloConversationTests
{
    [Fact]
    public async Task Pages_from_two_members_are_listed_in_the_order_they_were_sent_not_the_order_they_were_filed()
    {
        var (unit, _) = await ZaloSeed.SecretaryAsync(_host, Secretary);
        await ZaloSeed.SecretaryAsync(_host, SecondSecretary);
        var deadline = await ZaloSeed.DeadlineAsync(_host, "Báo cáo sơ kết QCDC quý I", new DateOnly(2027, 12, 19));
        var now = TimeProvider.System.GetUtcNow();

        // The colleague's page 2 reaches the bot first; page 1 was sent 20 seconds earlier but arrives after it.
        _api.Enqueue(ZaloEvents.Image(SecondSecretary, _api.AddImage("trang-2.jpg", [2, 2, 2, 2]), messageId: "ffff0002page0000").At(now));
        await _api.WaitForMessageAsync(SecondSecretary, "Biên nhận số");
        _api.Enqueue(ZaloEvents.Image(Secretary, _api.AddImage("trang-1.jpg", [1, 1, 1, 1]), messageId: "ffff0001page0000").At(now.AddSeconds(-20)));
        await _api.WaitForMessageAsync(Secretary, "bài nộp nay gồm 2 tệp/trang");

        var stored = (await _host.Get<SubmissionStore>().LatestAsync(unit.Id, deadline.Id))!;
        Assert.Equal(["anh-zalo-ffff0001page0000.jpg", "anh-zalo-ffff0002page0000.jpg"], stored.Files.Select(f => f.OriginalName));
    }
}
