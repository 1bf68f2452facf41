namespace QcdcBot.Tests.Zalo;

/// <summary>Zalo takes no documents and has no buttons: no answer there tells a secretary to send a file or press a button.</summary>
public sealed partial class ZaloConversationTests
{
    [Fact]
    public async Task Paper_claims_already_sent_a_too_long_text_and_the_file_question_point_to_nopfile_not_to_sending_a_file_or_a_button()
    {
        await ZaloSeed.SecretaryAsync(_host, Secretary);
        await ZaloSeed.DeadlineAsync(_host, "Báo cáo sơ kết QCDC quý I", new DateOnly(2027, 12, 19));

        _api.Enqueue(ZaloEvents.Text(Secretary, "da nop roi"));
        var alreadySent = await _api.WaitForMessageAsync(Secretary, "Bot chưa nhận được bài nộp nào");
        _api.Enqueue(ZaloEvents.Text(Secretary, "đã gửi bản giấy"));
        var paper = await _api.WaitForMessageAsync(Secretary, "Đã ghi nhận");
        _api.Enqueue(ZaloEvents.Text(Secretary, new string('x', 3000)));
        var tooLong = await _api.WaitForMessageAsync(Secretary, "quá dài (3000");
        await ZaloSeed.DeadlineAsync(_host, "Kế hoạch QCDC năm 2028", new DateOnly(2027, 12, 30));
        _api.Enqueue(ZaloEvents.Image(Secretary, _api.AddImage("trang.jpg", [1, 2, 3]), caption: "#99"));
        var question = await _api.WaitForMessageAsync(Secretary, "nộp cho việc nào?");

        foreach (var text in new[] { alreadySent.Text, paper.Text, tooLong.Text })
        {
            Assert.Contains("/nopfile", text, StringComparison.Ordinal);
            Assert.DoesNotContain("gửi lại tệp vào đây", text, StringComparison.Ordinal);
            Assert.DoesNotContain("(tệp) qua bot", text, StringComparison.Ordinal);
            Assert.DoesNotContain("gửi nội dung dưới dạng tệp", text, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("bấm nút", question.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("da nop roi")]
    [InlineData("đơn vị em gửi rồi mà")]
    public async Task The_already_sent_answer_gives_the_photo_hint_once(string said)
    {
        await ZaloSeed.SecretaryAsync(_host, Secretary);
        await ZaloSeed.DeadlineAsync(_host, "Báo cáo sơ kết QCDC quý I", new DateOnly(2027, 12, 19));

        _api.Enqueue(ZaloEvents.Text(Secretary, said));

        var answer = await _api.WaitForMessageAsync(Secretary, "Bot chưa nhận được bài nộp nào");
        var bullet = answer.Text!.Split('\n').Single(l => l.StartsWith("• Nếu nộp qua bot", StringComparison.Ordinal));
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(bullet, "ảnh chụp"));
        Assert.Contains("/nopfile", bullet, StringComparison.Ordinal);
        Assert.Contains("ghi số # của việc", bullet, StringComparison.Ordinal);
    }
}
