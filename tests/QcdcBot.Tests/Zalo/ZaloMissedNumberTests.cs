using QcdcBot.Storage.Statuses;

namespace QcdcBot.Tests.Zalo;

/// <summary>
/// A command of the open question typed with a wrong number ("/chapnhan 1" while "/chapnhan 3 · /khongchapnhan 3"
/// waits) misses, and the question stays open: the next "1" answers it, never "Bot chưa hiểu".
/// </summary>
public sealed partial class ZaloConversationTests
{
    [Theory]
    [InlineData("/chapnhan 999")]
    [InlineData("/khongchapnhan #998 vì chưa rõ")]
    public async Task A_command_of_the_open_question_with_a_wrong_number_leaves_the_question_open_for_the_next_number(string missed)
    {
        var (unit, _) = await ZaloSeed.SecretaryAsync(_host, Secretary);
        var deadline = await ZaloSeed.DeadlineAsync(_host, "Báo cáo sơ kết QCDC quý I", new DateOnly(2027, 12, 19));
        _api.Enqueue(ZaloEvents.Text(Secretary, "khong co noi dung phat sinh"));
        await _api.WaitForMessageAsync(ZaloTestHost.Admin, "/khongchapnhan");
        var note = Assert.Single(await _host.Get<StatusNoteStore>().ForUnitAsync(unit.Id));

        _api.Enqueue(ZaloEvents.Text(ZaloTestHost.Admin, missed));
        await _api.WaitForAsync("sendMessage", c => c.ChatId == ZaloTestHost.Admin && _api.MessagesTo(ZaloTestHost.Admin).Count == 2);
        _api.Enqueue(ZaloEvents.Text(ZaloTestHost.Admin, "1"));
        await _api.WaitForAsync("sendMessage", c => c.ChatId == ZaloTestHost.Admin && _api.MessagesTo(ZaloTestHost.Admin).Count == 3);

        var answer = _api.MessagesTo(ZaloTestHost.Admin)[2];
        Assert.DoesNotContain("chưa hiểu", answer, StringComparison.Ordinal);
        Assert.Contains(deadline.Title, answer, StringComparison.Ordinal);
        Assert.Contains("chấp nhận", answer, StringComparison.OrdinalIgnoreCase);
        Assert.True(note.Id is not 999 and not 998);
    }
}
