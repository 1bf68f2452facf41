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

    [Fact]
    public async Task A_broken_photos_refusal_lists_what_the_chat_takes_and_sends_documents_to_the_upload_page()
    {
        await ZaloSeed.SecretaryAsync(_host, Secretary);
        await ZaloSeed.DeadlineAsync(_host, "Báo cáo sơ kết QCDC quý I", new DateOnly(2027, 12, 19));

        _api.Enqueue(ZaloEvents.Image(Secretary, _api.AddImage("hong.jpg", [1, 2, 3, 4, 5], raw: true)));

        var refusal = await _api.WaitForMessageAsync(Secretary, "Chưa nhận bài nộp này");
        Assert.Contains("ảnh chụp (.jpg", refusal.Text, StringComparison.Ordinal);
        Assert.Contains("/nopfile", refusal.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(".docx", refusal.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(".pdf", refusal.Text, StringComparison.Ordinal);
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
