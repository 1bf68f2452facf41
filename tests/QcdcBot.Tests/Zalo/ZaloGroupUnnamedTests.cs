namespace QcdcBot.Tests.Zalo;

/// <summary>
/// A Zalo group message that does not mention the bot (a reply to one of its messages) is members talking among
/// themselves: the bot stays silent, except for a group command from an admin or a leader.
/// </summary>
public sealed partial class ZaloConversationTests
{
    [Fact]
    public async Task A_group_message_without_a_mention_is_ignored_silently_except_an_admins_or_leaders_group_command()
    {
        const string Group = "9f0000aa66b88fe6d6a9";
        await ZaloSeed.SecretaryAsync(_host, Secretary);
        await ZaloSeed.DeadlineAsync(_host, "Báo cáo sơ kết QCDC quý I", new DateOnly(2027, 12, 19));

        _api.Enqueue(ZaloEvents.GroupText(Group, Secretary, "em nộp rồi ạ"));
        _api.Enqueue(ZaloEvents.GroupText(Group, Secretary, "tinh hinh"));
        _api.Enqueue(ZaloEvents.GroupText(Group, Stranger, "/tinhhinh"));
        _api.Enqueue(ZaloEvents.GroupText(Group, Leader, "cảm ơn bot"));
        _api.Enqueue(ZaloEvents.GroupText(Group, Leader, "tinh hinh"));

        await _api.WaitForMessageAsync(Group, "Báo cáo sơ kết QCDC quý I");
        Assert.Single(_api.MessagesTo(Group));
        Assert.Empty(_api.MessagesTo(Secretary));
        Assert.Empty(_api.MessagesTo(Stranger));
    }
}
