namespace QcdcBot.Tests.Zalo;

/// <summary>
/// In a group, a message that does not name the bot is for the bot only as a group command from an admin or a leader,
/// or as the number answering the question the bot asked them there: a stray "1", thanks, an emoji or a status word get silence.
/// </summary>
public sealed partial class ZaloConversationTests
{
    [Fact]
    public async Task An_unnamed_number_in_a_group_with_no_question_open_gets_silence_and_answers_the_question_once_one_is_open()
    {
        const string Group = "9f0000bb66b88fe6d6a9";
        await ZaloSeed.DeadlineAsync(_host, "Báo cáo sơ kết QCDC quý I", new DateOnly(2027, 12, 19));
        var second = await ZaloSeed.DeadlineAsync(_host, "Kế hoạch QCDC năm 2028", new DateOnly(2027, 12, 30));

        // Few enough that the group stays under the flood cap for a chat the bot answers no one in.
        foreach (var stray in new[] { "1", "#2", "cảm ơn bot", "đang làm" })
        {
            _api.Enqueue(ZaloEvents.GroupText(Group, Leader, stray));
        }

        _api.Enqueue(ZaloEvents.GroupText(Group, ZaloTestHost.Admin, "2."));
        _api.Enqueue(ZaloEvents.GroupText(Group, ZaloTestHost.Admin, "👍"));

        _api.Enqueue(ZaloEvents.GroupText(Group, Leader, "chua nop"));
        await _api.WaitForMessageAsync(Group, "Việc nào?");
        _api.Enqueue(ZaloEvents.GroupText(Group, Leader, second.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        await _api.WaitForAsync("sendMessage", c => c.ChatId == Group && _api.MessagesTo(Group).Count == 2);

        var said = _api.MessagesTo(Group);
        Assert.Contains("Việc nào?", said[0], StringComparison.Ordinal);
        Assert.Contains("Kế hoạch QCDC năm 2028", said[1], StringComparison.Ordinal);
        Assert.DoesNotContain(said, m => m.Contains("chưa hiểu", StringComparison.Ordinal));
        Assert.Empty(_api.MessagesTo(Leader));
    }
}
