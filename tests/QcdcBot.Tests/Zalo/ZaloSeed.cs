using System.Globalization;
using QcdcBot.Storage.Deadlines;
using QcdcBot.Storage.Members;
using QcdcBot.Storage.Units;
using QcdcBot.Tests.Support;

namespace QcdcBot.Tests.Zalo;

/// <summary>Puts the store in a known state through the real stores, faster than chatting there.</summary>
internal static class ZaloSeed
{
    public static async Task<Deadline> DeadlineAsync(BotTestHost host, string title, DateOnly due) =>
        await host.Get<DeadlineStore>().CreateAsync(new NewDeadline(
            title, due, DeadlineScope.Grassroots, null, [], Recurrence.None, "trước ngày " + due.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
            $"zalo:{ZaloTestHost.Admin}", "bao-cao"));

    /// <summary>Binds <paramref name="userId"/> on <paramref name="channel"/> to the unit with a real invite code.</summary>
    public static async Task<(Unit Unit, Member Member)> SecretaryAsync(BotTestHost host, string userId, string unitCode = "NHNN", string channel = "zalo")
    {
        var unit = (await host.Get<UnitStore>().FindByCodeAsync(unitCode))!;
        var invite = await host.Get<InviteStore>().CreateAsync(unit.Id, TimeSpan.FromDays(1), "test");
        var bound = await host.Get<MemberStore>().BindWithInviteAsync(invite.Code, channel, userId, userId, "Thư ký " + unitCode);
        Assert.Equal(BindOutcome.Bound, bound.Outcome);
        return (unit, (await host.Get<MemberStore>().FindAsync(channel, userId))!);
    }
}
