namespace QcdcBot.Tests.Zalo;

/// <summary>Someone not configured who writes to the bot in a group gets one short line fit for the group, not the registration speech.</summary>
public sealed partial class ZaloConversationTests
{
    [Fact]
    public async Task An_unconfigured_person_in_a_group_gets_a_short_group_answer_not_the_secretary_registration()
    {
        const string Group = "9f0000aa66b88fe6d6a9";
        await ZaloSeed.DeadlineAsync(_host, "Báo cáo sơ kết QCDC quý I", new DateOnly(2027, 12, 19));

        _api.Enqueue(ZaloEvents.GroupText(Group, Stranger, "@Bot QCDC tinh hinh"));
        var answer = await _api.WaitForMessageAsync(Group, "Trong nhóm, bot chỉ trả lời lãnh đạo");
        _api.Enqueue(ZaloEvents.GroupText(Group, Stranger, "@Bot QCDC /trogiup"));
        await _api.WaitForAsync("sendMessage", c => c.ChatId == Group && _api.MessagesTo(Group).Count == 2);

        Assert.Contains($"zalo:{Stranger}", answer.Text, StringComparison.Ordinal);
        Assert.All(_api.MessagesTo(Group), m => Assert.DoesNotContain("/dangky", m, StringComparison.Ordinal));
        Assert.Empty(_api.MessagesTo(Stranger));
    }
}
