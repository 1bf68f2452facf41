using QcdcBot.Storage.Submissions;

namespace QcdcBot.Tests.Zalo;

/// <summary>A photo is stored as what its bytes are: a Zalo screenshot sent as PNG stays a .png, not a .jpg.</summary>
public sealed partial class ZaloConversationTests
{
    [Fact]
    public async Task A_png_photo_is_stored_with_its_real_extension_and_type()
    {
        var (unit, _) = await ZaloSeed.SecretaryAsync(_host, Secretary);
        var deadline = await ZaloSeed.DeadlineAsync(_host, "Báo cáo sơ kết QCDC quý I", new DateOnly(2027, 12, 19));
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 7, 7, 7];

        _api.Enqueue(ZaloEvents.Image(Secretary, _api.AddImage("chup-man-hinh.png", png, raw: true)));

        var receipt = await _api.WaitForMessageAsync(Secretary, "Biên nhận số");
        var file = Assert.Single((await _host.Get<SubmissionStore>().LatestAsync(unit.Id, deadline.Id))!.Files);
        Assert.EndsWith(".png", file.OriginalName, StringComparison.Ordinal);
        Assert.Equal("image/png", file.ContentType);
        Assert.Contains(file.OriginalName, receipt.Text, StringComparison.Ordinal);
    }
}
