using QcdcBot.Scheduling.Delivery;

namespace QcdcBot.Tests.Zalo;

/// <summary>Zalo's group ids look like anyone's id: a group is known from its events, and paced as a group.</summary>
public sealed partial class ZaloConversationTests
{
    [Fact]
    public async Task A_zalo_group_heard_from_is_paced_per_group_and_a_private_chat_per_chat()
    {
        const string Group = "9f0000aa66b88fe6d6a9";
        _api.Enqueue(ZaloEvents.GroupText(Group, ZaloTestHost.Admin, "@Bot QCDC /nhomlanhdao"));
        await _api.WaitForMessageAsync(Group, "Đã đặt nhóm này là nhóm lãnh đạo");

        // Reserving computes the slots only (nothing is waited for): the gap is the pacing the dispatcher will keep.
        var limiter = _host.Get<OutboxRateLimiter>();
        var ahead = TimeSpan.FromHours(1);
        var groupFirst = limiter.Reserve("zalo", Group, ahead).Slot!.Value;
        var groupGap = limiter.Reserve("zalo", Group, ahead).Slot!.Value - groupFirst;
        var privateFirst = limiter.Reserve("zalo", Secretary, ahead).Slot!.Value;
        var privateGap = limiter.Reserve("zalo", Secretary, ahead).Slot!.Value - privateFirst;

        // Dispatch:Zalo defaults: 10 a minute in a group (6 s apart), 1 a second in a private chat (a slot taken by
        // another message may push either by a fifth of a second).
        Assert.InRange(groupGap, TimeSpan.FromSeconds(6), TimeSpan.FromSeconds(7));
        Assert.InRange(privateGap, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2));
    }
}
