using QcdcBot.Scheduling.Digests;

namespace QcdcBot.Tests.Zalo;

/// <summary>A Zalo bot can write only to someone who has written to it: a leader who never has gets no 1:1 digest, the admins get it.</summary>
public sealed partial class ZaloConversationTests
{
    [Fact]
    public async Task A_leader_who_never_wrote_to_the_bot_is_skipped_with_a_warning_and_the_digest_goes_to_the_admins()
    {
        await ZaloSeed.DeadlineAsync(_host, "Báo cáo sơ kết QCDC quý I", new DateOnly(2027, 12, 19));
        _api.Enqueue(ZaloEvents.Text(ZaloTestHost.Admin, "/toi"));
        await _api.WaitForMessageAsync(ZaloTestHost.Admin, "Mã tài khoản chat của bạn");

        await _host.Get<IDigestPublisher>().PublishWeeklyAsync(default);

        await _api.WaitForMessageAsync(ZaloTestHost.Admin, "📊");
        Assert.Empty(_api.MessagesTo(Leader));
        Assert.Contains(_host.Logs.Lines, l => l.Text.Contains($"zalo:{Leader} has not written to the bot", StringComparison.Ordinal));
    }
}
