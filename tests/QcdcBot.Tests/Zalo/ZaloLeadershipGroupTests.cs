using QcdcBot.Scheduling.Digests;
using QcdcBot.Storage.Leadership;

namespace QcdcBot.Tests.Zalo;

/// <summary>The leadership group: set once (a second /nhomlanhdao says so), and there leaders and admins ask /tonghop as in private.</summary>
public sealed partial class ZaloConversationTests
{
    [Fact]
    public async Task Nhomlanhdao_a_second_time_in_the_same_group_says_it_already_is_the_leadership_group()
    {
        const string Group = "9f0000cc66b88fe6d6a9";
        _api.Enqueue(ZaloEvents.GroupText(Group, ZaloTestHost.Admin, "@Bot QCDC /nhomlanhdao"));
        await _api.WaitForMessageAsync(Group, "Đã đặt nhóm này là nhóm lãnh đạo");
        _api.Enqueue(ZaloEvents.GroupText(Group, ZaloTestHost.Admin, "@Bot QCDC /nhomlanhdao"));

        var second = await _api.WaitForMessageAsync(Group, "đã là nhóm lãnh đạo");
        Assert.StartsWith("Nhóm này đã là nhóm lãnh đạo", second.Text, StringComparison.Ordinal);
        Assert.Single(_api.MessagesTo(Group), m => m.Contains("Đã đặt", StringComparison.Ordinal));
        Assert.Equal([Group], await _host.Get<LeadershipChatStore>().AllAsync("zalo"));
    }

    [Fact]
    public async Task Leaders_and_admins_ask_tonghop_in_the_leadership_group_named_or_not_and_only_there()
    {
        const string Leadership = "9f0000dd66b88fe6d6a9";
        const string Other = "9f0000ee66b88fe6d6a9";
        await ZaloSeed.DeadlineAsync(_host, "Báo cáo sơ kết QCDC quý I", new DateOnly(2027, 12, 19));
        _api.Enqueue(ZaloEvents.GroupText(Leadership, ZaloTestHost.Admin, "@Bot QCDC /nhomlanhdao"));
        await _api.WaitForMessageAsync(Leadership, "Đã đặt nhóm này");

        _api.Enqueue(ZaloEvents.GroupText(Leadership, Leader, "@Bot QCDC /tonghop"));
        await _api.WaitForMessageAsync(Leadership, "Báo cáo sơ kết QCDC quý I");
        _api.Enqueue(ZaloEvents.GroupText(Leadership, Stranger, "tổng hợp"));
        _api.Enqueue(ZaloEvents.GroupText(Leadership, ZaloTestHost.Admin, "Tổng hợp"));
        await _api.WaitForAsync("sendMessage", c => c.ChatId == Leadership
            && _api.MessagesTo(Leadership).Count(m => m.Contains("Báo cáo sơ kết QCDC quý I", StringComparison.Ordinal)) == 2);
        _api.Enqueue(ZaloEvents.GroupText(Other, Leader, "@Bot QCDC tong hop"));

        var elsewhere = await _api.WaitForMessageAsync(Other, "/tonghop");
        Assert.Contains("chỉ dùng trong nhóm lãnh đạo", elsewhere.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(_api.MessagesTo(Leadership), m => m.Contains("Trong nhóm, bot chỉ trả lời", StringComparison.Ordinal));
        Assert.Empty(_api.MessagesTo(Stranger));
    }

    [Fact]
    public async Task A_leader_who_never_wrote_is_warned_about_once_per_start_however_often_leaders_are_looked_up()
    {
        await ZaloSeed.DeadlineAsync(_host, "Báo cáo sơ kết QCDC quý I", new DateOnly(2027, 12, 19));

        for (var i = 0; i < 3; i++)
        {
            await _host.Get<IDigestPublisher>().PublishWeeklyAsync(default);
        }

        await _api.WaitForMessageAsync(ZaloTestHost.Admin, "📊");
        Assert.Single(_host.Logs.Lines, l => l.Text.Contains($"zalo:{Leader} has not written to the bot", StringComparison.Ordinal));
    }
}
