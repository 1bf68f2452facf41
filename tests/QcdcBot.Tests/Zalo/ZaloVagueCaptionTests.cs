using QcdcBot.Storage.Submissions;

namespace QcdcBot.Tests.Zalo;

/// <summary>A photo captioned with words that fit several open deadlines is asked about, not filed on the last one written about.</summary>
public sealed partial class ZaloConversationTests
{
    [Theory]
    [InlineData("gui bao cao")]
    [InlineData("bc nhé")]
    [InlineData("Em gửi báo cáo ạ")]
    public async Task A_vague_caption_asks_among_the_matching_deadlines_naming_the_waiting_file_and_0_files_nothing(string caption)
    {
        var (unit, _) = await ZaloSeed.SecretaryAsync(_host, Secretary);
        var first = await ZaloSeed.DeadlineAsync(_host, "Báo cáo sơ kết QCDC quý I", new DateOnly(2027, 12, 19));
        var second = await ZaloSeed.DeadlineAsync(_host, "Báo cáo tổng kết năm 2027", new DateOnly(2027, 12, 28));
        var plan = await ZaloSeed.DeadlineAsync(_host, "Kế hoạch QCDC năm 2028", new DateOnly(2027, 12, 30));
        // The deadline last written about is the plan: the guess a caption-less photo would get.
        _api.Enqueue(ZaloEvents.Text(ZaloTestHost.Admin, $"/nhacngay #{second.Id}"));
        await _api.WaitForMessageAsync(Secretary, "Nhắc việc");

        _api.Enqueue(ZaloEvents.Image(Secretary, _api.AddImage("bc.jpg", [1, 2, 3]), caption));
        var question = await _api.WaitForMessageAsync(Secretary, "nộp cho việc nào?");

        Assert.Contains($"chú thích \"{caption}\"", question.Text, StringComparison.Ordinal);
        Assert.Contains("Đã nhận ảnh \"", question.Text, StringComparison.Ordinal);
        Assert.Contains($"\n  {first.Id}) #{first.Id} Báo cáo sơ kết QCDC quý I", question.Text, StringComparison.Ordinal);
        Assert.Contains($"\n  {second.Id}) #{second.Id} Báo cáo tổng kết năm 2027", question.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Kế hoạch QCDC", question.Text, StringComparison.Ordinal);
        Assert.Contains("\n  0) Không", question.Text, StringComparison.Ordinal);
        Assert.Null(await _host.Get<SubmissionStore>().LatestAsync(unit.Id, second.Id));

        _api.Enqueue(ZaloEvents.Text(Secretary, "0"));
        var skipped = await _api.WaitForMessageAsync(Secretary, "chưa nộp gì");
        Assert.Contains("/nopfile", skipped.Text, StringComparison.Ordinal);
        foreach (var d in new[] { first, second, plan })
        {
            Assert.Null(await _host.Get<SubmissionStore>().LatestAsync(unit.Id, d.Id));
        }
    }
}
