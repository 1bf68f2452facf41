using QcdcBot.Storage.Submissions;

namespace QcdcBot.Tests.Zalo;

/// <summary>A photo from someone not registered gets how to register, nothing stored, and is never downloaded.</summary>
public sealed partial class ZaloConversationTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_strangers_photo_is_not_downloaded_and_gets_how_to_register_whatever_its_link_answers(bool linkAnswers404)
    {
        var deadline = await ZaloSeed.DeadlineAsync(_host, "Báo cáo sơ kết QCDC quý I", new DateOnly(2027, 12, 19));
        var url = linkAnswers404 ? _api.BaseUrl + "/images/khong-co.jpg" : _api.AddImage("that.jpg", [3, 1, 4]);

        _api.Enqueue(ZaloEvents.Image(Stranger, url, caption: "bc quy I"));

        var reply = await _api.WaitForMessageAsync(Stranger, "/dangky");
        Assert.Contains("chưa lưu", reply.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(_api.MessagesTo(Stranger), m => m.Contains("không tải", StringComparison.Ordinal));
        Assert.Empty(_api.CallsTo("image"));
        Assert.Empty(await _host.Get<SubmissionStore>().AllForDeadlineAsync(deadline.Id));
    }
}
