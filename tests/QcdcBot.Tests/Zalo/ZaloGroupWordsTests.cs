namespace QcdcBot.Tests.Zalo;

/// <summary>A leadership group takes the tallies as typed in a private chat; /trogiup names every admin command.</summary>
public sealed partial class ZaloConversationTests
{
    [Fact]
    public async Task A_group_takes_tinh_hinh_without_a_slash_as_a_private_chat_does_and_still_refuses_other_words()
    {
        const string Group = "9f0000aa66b88fe6d6a9";
        await ZaloSeed.DeadlineAsync(_host, "Báo cáo sơ kết QCDC quý I", new DateOnly(2027, 12, 19));

        _api.Enqueue(ZaloEvents.GroupText(Group, Leader, "@Bot QCDC tinh hinh"));
        await _api.WaitForMessageAsync(Group, "Báo cáo sơ kết QCDC quý I");
        _api.Enqueue(ZaloEvents.GroupText(Group, Leader, "@Bot QCDC Chưa nộp"));
        await _api.WaitForAsync("sendMessage", c => c.ChatId == Group && _api.MessagesTo(Group).Count(m => m.Contains("Báo cáo sơ kết QCDC quý I", StringComparison.Ordinal)) == 2);
        _api.Enqueue(ZaloEvents.GroupText(Group, Leader, "@Bot QCDC giao viec moi"));
        await _api.WaitForMessageAsync(Group, "Trong nhóm, bot chỉ trả lời");
    }

    [Fact]
    public async Task A_question_the_bot_asks_in_a_group_is_answered_by_mentioning_it_with_the_number()
    {
        const string Group = "9f0000aa66b88fe6d6a9";
        var first = await ZaloSeed.DeadlineAsync(_host, "Báo cáo sơ kết QCDC quý I", new DateOnly(2027, 12, 19));
        var second = await ZaloSeed.DeadlineAsync(_host, "Kế hoạch QCDC năm 2028", new DateOnly(2027, 12, 30));

        _api.Enqueue(ZaloEvents.GroupText(Group, Leader, "@Bot QCDC chua nop"));
        var question = await _api.WaitForMessageAsync(Group, "Việc nào?");
        Assert.Contains($"{second.Id}) #{second.Id} Kế hoạch QCDC năm 2028", question.Text, StringComparison.Ordinal);
        _api.Enqueue(ZaloEvents.GroupText(Group, Leader, $"@Bot QCDC {second.Id}"));

        await _api.WaitForAsync("sendMessage", c => c.ChatId == Group && (c.Text ?? string.Empty).Contains("Kế hoạch QCDC năm 2028", StringComparison.Ordinal)
            && !(c.Text ?? string.Empty).Contains("Việc nào?", StringComparison.Ordinal));
        Assert.DoesNotContain(_api.MessagesTo(Group), m => m.Contains("Trong nhóm, bot chỉ trả lời", StringComparison.Ordinal));
        Assert.NotEqual(first.Id, second.Id);
    }

    [Fact]
    public async Task Admin_help_names_congvan_and_nhomlanhdao()
    {
        _api.Enqueue(ZaloEvents.Text(ZaloTestHost.Admin, "/trogiup"));

        // The help is longer than one Zalo message: its parts together.
        await _api.WaitForMessageAsync(ZaloTestHost.Admin, "Lệnh gõ có hoặc không có dấu");
        var help = string.Join('\n', _api.MessagesTo(ZaloTestHost.Admin));
        Assert.Contains("/congvan", help, StringComparison.Ordinal);
        Assert.Contains("/nhomlanhdao", help, StringComparison.Ordinal);
    }
}
