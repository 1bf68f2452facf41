using System.IO.Compression;
using QcdcBot.Bot.Exports;
using QcdcBot.Storage.Submissions;

namespace QcdcBot.Tests.Zalo;

/// <summary>/taifile's archive names chat photos for the unit, deadline, receipt and page, so they sort in the order sent.</summary>
public sealed partial class ZaloConversationTests
{
    [Fact]
    public async Task Photos_in_the_archive_are_named_for_unit_deadline_receipt_and_page_in_the_order_sent()
    {
        var (unit, _) = await ZaloSeed.SecretaryAsync(_host, Secretary);
        var deadline = await ZaloSeed.DeadlineAsync(_host, "Báo cáo sơ kết QCDC quý I", new DateOnly(2027, 12, 19));
        var now = TimeProvider.System.GetUtcNow();

        // Message ids that sort against the order sent: the names must not follow them.
        _api.Enqueue(ZaloEvents.Image(Secretary, _api.AddImage("p1.jpg", [1, 1, 1, 1]), messageId: "ffff0009page0000").At(now.AddSeconds(-20)));
        await _api.WaitForMessageAsync(Secretary, "Biên nhận số");
        _api.Enqueue(ZaloEvents.Image(Secretary, _api.AddImage("p2.jpg", [2, 2, 2, 2]), messageId: "ffff0001page0000").At(now));
        await _api.WaitForMessageAsync(Secretary, "bài nộp nay gồm 2 tệp/trang");
        var stored = (await _host.Get<SubmissionStore>().LatestAsync(unit.Id, deadline.Id))!;

        var archive = await _host.Get<SubmissionArchiver>().BuildAsync(deadline, CancellationToken.None);

        using var zip = new ZipArchive(new MemoryStream(Assert.Single(archive.Parts).Bytes), ZipArchiveMode.Read);
        var names = zip.Entries.Select(e => e.FullName.Split('/')[1]).ToList();
        Assert.Equal([$"NHNN_#{deadline.Id}_{stored.ReceiptNo}_trang-1.jpg", $"NHNN_#{deadline.Id}_{stored.ReceiptNo}_trang-2.jpg"], names);
    }

    [Theory]
    [InlineData("anh-zalo-8c1e222177a4e35.png", "TTRA_#4_BN2026-00012_trang-03.png")]
    [InlineData("anh-812.jpg", "TTRA_#4_BN2026-00012_trang-03.jpg")]
    [InlineData("Báo cáo TTRA.pdf", "Báo cáo TTRA.pdf")]
    public void A_made_up_photo_name_on_either_channel_becomes_the_page_name_and_a_senders_name_stays(string original, string expected)
    {
        var file = new SubmissionFile(3, "sha", original, "image/jpeg", 10);

        Assert.Equal(expected, PageNames.For(file, 3, 12, "TTRA", 4, "BN2026-00012"));
    }
}
