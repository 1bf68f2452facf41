using QcdcBot.Bot.Conversation;

namespace QcdcBot.Tests.Zalo;

/// <summary>
/// Zalo passes no Word/PDF file to the bot: no Zalo answer or help line asks for one, and "em gửi file word rồi" or a
/// file event is answered with why the file did not come and where to hand it in.
/// </summary>
public sealed partial class ZaloConversationTests
{
    [Theory]
    [InlineData("em gui qua zalo roi ma")]
    [InlineData("em da gui file word roi")]
    public async Task Saying_a_file_was_sent_in_the_zalo_chat_explains_that_zalo_does_not_pass_it_and_gives_the_upload_link(string said)
    {
        await ZaloSeed.SecretaryAsync(_host, Secretary);
        var deadline = await ZaloSeed.DeadlineAsync(_host, "Báo cáo sơ kết QCDC quý I", new DateOnly(2027, 12, 19));

        _api.Enqueue(ZaloEvents.Text(Secretary, said));

        await _api.WaitForMessageAsync(Secretary, "Zalo không chuyển tệp Word/PDF");
        var links = await _api.WaitForMessageAsync(Secretary, "Nộp tệp (");
        Assert.Contains($"#{deadline.Id} Báo cáo sơ kết QCDC quý I:\n  https://qcdc.example.vn/nop/", links.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_zalo_file_event_gets_the_explanation_and_the_upload_links_of_every_deadline_owed()
    {
        await ZaloSeed.SecretaryAsync(_host, Secretary);
        var first = await ZaloSeed.DeadlineAsync(_host, "Báo cáo sơ kết QCDC quý I", new DateOnly(2027, 12, 19));
        var second = await ZaloSeed.DeadlineAsync(_host, "Kế hoạch kiểm tra chuyên đề", new DateOnly(2027, 12, 23));

        _api.Enqueue(ZaloEvents.Named("message.file.received", Secretary));

        var reply = await _api.WaitForMessageAsync(Secretary, "Zalo không chuyển tệp Word/PDF");
        Assert.Equal(Hints.FilesNotPassed, reply.Text);
        var links = await _api.WaitForMessageAsync(Secretary, "Nộp tệp (");
        Assert.Contains($"#{first.Id} Báo cáo sơ kết QCDC quý I:\n  https://qcdc.example.vn/nop/", links.Text, StringComparison.Ordinal);
        Assert.Contains($"#{second.Id} Kế hoạch kiểm tra chuyên đề:\n  https://qcdc.example.vn/nop/", links.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_zalo_file_event_from_someone_unregistered_still_gets_the_explanation()
    {
        _api.Enqueue(ZaloEvents.Named("message.file.received", Secretary));

        var reply = await _api.WaitForMessageAsync(Secretary, "Zalo không chuyển tệp Word/PDF");
        Assert.Equal(Hints.FilesNotPassed, reply.Text);
    }

    [Fact]
    public async Task On_zalo_the_office_and_secretaries_are_never_told_to_send_a_file_in_the_chat()
    {
        await ZaloSeed.SecretaryAsync(_host, Secretary);
        var deadline = await ZaloSeed.DeadlineAsync(_host, "Báo cáo sơ kết QCDC quý I", new DateOnly(2027, 12, 19));

        _api.Enqueue(ZaloEvents.Text(ZaloTestHost.Admin, $"/ghinhan NHNN #{deadline.Id} bản giấy"));
        var confirm = await _api.WaitForMessageAsync(ZaloTestHost.Admin, "Ghi nhận ");
        _api.Enqueue(ZaloEvents.Text(ZaloTestHost.Admin, "/congvan"));
        var letter = await _api.WaitForMessageAsync(ZaloTestHost.Admin, "/congvan (");
        _api.Enqueue(ZaloEvents.Text(ZaloTestHost.Admin, "/trogiup"));
        var adminHelp = await _api.WaitForMessageAsync(ZaloTestHost.Admin, "quản trị");
        _api.Enqueue(ZaloEvents.Text(Secretary, "/trogiup"));
        var secretaryHelp = await _api.WaitForMessageAsync(Secretary, "người nộp báo cáo");

        Assert.DoesNotContain("gửi tệp thay cho trả lời", confirm.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Xin gửi tệp công văn", letter.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("kèm tệp", adminHelp.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Văn phòng gửi công văn", secretaryHelp.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("trả lời tin nhắc việc", secretaryHelp.Text, StringComparison.Ordinal);
        Assert.Contains("ghi mã #", secretaryHelp.Text, StringComparison.Ordinal);
    }
}
