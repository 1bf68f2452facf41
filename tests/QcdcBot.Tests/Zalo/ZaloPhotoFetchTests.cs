using QcdcBot.Storage.Submissions;

namespace QcdcBot.Tests.Zalo;

/// <summary>A photo whose image URL Zalo no longer serves (404) or whose CDN keeps failing: told so in Vietnamese, nothing stored.</summary>
public sealed partial class ZaloConversationTests
{
    [Fact]
    public async Task A_photo_whose_url_answers_404_or_keeps_failing_is_named_as_not_fetched_from_zalo_and_nothing_is_stored()
    {
        var (unit, _) = await ZaloSeed.SecretaryAsync(_host, Secretary);
        var deadline = await ZaloSeed.DeadlineAsync(_host, "Báo cáo sơ kết QCDC quý I", new DateOnly(2027, 12, 19));

        _api.Enqueue(ZaloEvents.Image(Secretary, $"{_api.BaseUrl}/images/da-het-han.jpg"));
        var gone = await _api.WaitForMessageAsync(Secretary, "không tải được ảnh vừa gửi từ Zalo");
        Assert.Contains("/nopfile", gone.Text, StringComparison.Ordinal);

        // The CDN failing every attempt the client makes: the same answer, once the retries are spent.
        _api.Inject("image", ZaloFault.ServerError, times: 50);
        _api.Enqueue(ZaloEvents.Image(Secretary, _api.AddImage("trang-1.jpg", [1, 2, 3])));
        await _api.WaitForAsync("sendMessage", c => c.ChatId == Secretary && _api.MessagesTo(Secretary).Count(m => m.Contains("không tải được ảnh", StringComparison.Ordinal)) == 2);

        Assert.DoesNotContain(_api.MessagesTo(Secretary), m => m.Contains("gặp lỗi", StringComparison.Ordinal));
        Assert.Null(await _host.Get<SubmissionStore>().LatestAsync(unit.Id, deadline.Id));
    }
}
