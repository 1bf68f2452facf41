using QcdcBot.Storage.Submissions;

namespace QcdcBot.Tests.Zalo;

/// <summary>Two people of a unit photographing the pages of one report for one deadline make one submission.</summary>
public sealed partial class ZaloConversationTests
{
    private const string SecondSecretary = "5ec0000bb66b88fe6d6a9";

    [Fact]
    public async Task A_second_members_uncaptioned_photo_soon_after_adds_a_page_and_an_explicit_new_version_still_replaces()
    {
        var (unit, _) = await ZaloSeed.SecretaryAsync(_host, Secretary);
        await ZaloSeed.SecretaryAsync(_host, SecondSecretary);
        var deadline = await ZaloSeed.DeadlineAsync(_host, "Báo cáo sơ kết QCDC quý I", new DateOnly(2027, 12, 19));
        var submissions = _host.Get<SubmissionStore>();

        _api.Enqueue(ZaloEvents.Image(Secretary, _api.AddImage("trang-1.jpg", [1, 1, 1])));
        await _api.WaitForMessageAsync(Secretary, "Biên nhận số");
        _api.Enqueue(ZaloEvents.Image(SecondSecretary, _api.AddImage("trang-2.jpg", [2, 2, 2])));
        await _api.WaitForMessageAsync(SecondSecretary, "bài nộp nay gồm 2 tệp/trang");

        var one = (await submissions.LatestAsync(unit.Id, deadline.Id))!;
        Assert.Equal(1, one.Version);
        Assert.Equal(2, one.Files.Count);

        _api.Enqueue(ZaloEvents.Image(SecondSecretary, _api.AddImage("ban-moi.jpg", [3, 3, 3]), "bản mới"));
        // The copy of the first member's receipt, then this one's own.
        await _api.WaitForAsync("sendMessage", c => c.ChatId == SecondSecretary && _api.MessagesTo(SecondSecretary).Count(m => m.Contains("Đã nhận. Biên nhận số", StringComparison.Ordinal)) == 2);
        var replaced = (await submissions.LatestAsync(unit.Id, deadline.Id))!;
        Assert.Equal(2, replaced.Version);
        Assert.Single(replaced.Files);
    }
}
