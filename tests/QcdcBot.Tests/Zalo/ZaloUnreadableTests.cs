namespace QcdcBot.Tests.Zalo;

/// <summary>What Zalo cannot pass on (a sticker, a voice note, a broken photo) is answered for who sent it and what the chat takes.</summary>
public sealed partial class ZaloConversationTests
{
    [Fact]
    public async Task An_unregistered_users_sticker_or_voice_gets_the_not_registered_answer_not_the_nopfile_help()
    {
        await ZaloSeed.SecretaryAsync(_host, Secretary);

        _api.Enqueue(ZaloEvents.Sticker(Stranger));
        _api.Enqueue(ZaloEvents.Named("message.voice.received", Stranger));
        _api.Enqueue(ZaloEvents.Text(Stranger, "/toi"));
        _api.Enqueue(ZaloEvents.Sticker(Secretary));

        await _api.WaitForMessageAsync(Secretary, "chữ và ảnh chụp");
        await _api.WaitForMessageAsync(Stranger, "Mã tài khoản chat");
        var replies = _api.MessagesTo(Stranger).Where(m => !m.Contains("Mã tài khoản chat", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, replies.Count);
        Assert.All(replies, m => Assert.Contains("chưa đăng ký", m, StringComparison.Ordinal));
        Assert.All(replies, m => Assert.DoesNotContain("/nopfile", m, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("hong.jpg")]
    [InlineData("chup-man-hinh.png")]
    public async Task A_photo_that_is_no_picture_is_called_an_unreadable_photo_without_a_made_up_name_or_type(string served)
    {
        var (unit, _) = await ZaloSeed.SecretaryAsync(_host, Secretary);
        var deadline = await ZaloSeed.DeadlineAsync(_host, "Báo cáo sơ kết QCDC quý I", new DateOnly(2027, 12, 19));

        _api.Enqueue(ZaloEvents.Image(Secretary, _api.AddImage(served, "day khong phai anh"u8.ToArray(), raw: true), caption: $"#{deadline.Id}"));

        var refusal = await _api.WaitForMessageAsync(Secretary, "Ảnh vừa gửi không mở được");
        Assert.Contains("(không phải ảnh hoặc bị hỏng)", refusal.Text, StringComparison.Ordinal);
        Assert.Contains("Xin chụp/gửi lại ảnh", refusal.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("anh-zalo-", refusal.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("như .", refusal.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(".docx", refusal.Text, StringComparison.Ordinal);
        Assert.Null(await _host.Get<QcdcBot.Storage.Submissions.SubmissionStore>().LatestAsync(unit.Id, deadline.Id));
    }

    [Fact]
    public async Task Zalo_help_says_word_and_pdf_go_to_the_upload_page_and_photos_come_straight_here()
    {
        await ZaloSeed.SecretaryAsync(_host, Secretary);

        _api.Enqueue(ZaloEvents.Text(Secretary, "asdf qwer"));

        var unclear = await _api.WaitForMessageAsync(Secretary, "chưa hiểu");
        Assert.Contains("không nhận tệp Word/PDF; ảnh chụp thì gửi thẳng vào đây", unclear.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(_api.MessagesTo(Secretary), m => m.Contains("không nhận tệp)", StringComparison.Ordinal));
    }
}
