using System.Globalization;
using QcdcBot.Storage.Deadlines;
using QcdcBot.Storage.Members;
using QcdcBot.Storage.Units;

namespace QcdcBot.Tests.Telegram;

/// <summary>Puts the store in a known state through the real stores, faster than chatting there.</summary>
internal static class Seed
{
    public static async Task<Deadline> DeadlineAsync(TelegramTestHost host, string title, DateOnly due) =>
        await host.Get<DeadlineStore>().CreateAsync(new NewDeadline(
            title, due, DeadlineScope.Grassroots, null, [], Recurrence.None, "trước ngày " + due.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
            $"telegram:{TelegramTestHost.Admin}", "bao-cao"));

    public static async Task<Unit> SecretaryAsync(TelegramTestHost host, long userId, string unitCode = "NHNN")
    {
        var unit = (await host.Get<UnitStore>().FindByCodeAsync(unitCode))!;
        var invite = await host.Get<InviteStore>().CreateAsync(unit.Id, TimeSpan.FromDays(1), "test");
        var id = userId.ToString(CultureInfo.InvariantCulture);
        var bound = await host.Get<MemberStore>().BindWithInviteAsync(invite.Code, "telegram", id, id, "Thư ký " + unitCode);
        Assert.Equal(BindOutcome.Bound, bound.Outcome);
        return unit;
    }

    public static async Task<Unit> SecretaryUnitAsync(TelegramTestHost host, string unitCode = "NHNN") => (await host.Get<UnitStore>().FindByCodeAsync(unitCode))!;
}
