using System.Globalization;
using QcdcBot.Storage.Deadlines;
using QcdcBot.Storage.Statuses;
using QcdcBot.Storage.Units;

namespace QcdcBot.Tests.Zalo;

/// <summary>
/// Words naming a deadline given to other units only are said to be that ("#N … không giao cho đơn vị") and asked
/// about: never filed on the deadline the bot last reminded the unit of.
/// </summary>
public sealed partial class ZaloConversationTests
{
    [Theory]
    [InlineData("dang lam tong ket cong tac dan van")]
    [InlineData("đã gửi bản giấy tổng kết công tác dân vận rồi")]
    [InlineData("xin gia han tong ket cong tac dan van den 30/12/2027")]
    public async Task Words_naming_another_units_deadline_are_never_put_on_the_last_reminded_one(string said)
    {
        var (unit, _) = await ZaloSeed.SecretaryAsync(_host, Secretary);
        var reminded = await ZaloSeed.DeadlineAsync(_host, "Danh sách cán bộ phụ trách QCDC", new DateOnly(2027, 12, 19));
        await ZaloSeed.DeadlineAsync(_host, "Kế hoạch QCDC năm 2028", new DateOnly(2027, 12, 30));
        var ctk = (await _host.Get<UnitStore>().FindByCodeAsync("CTK"))!;
        var others = await _host.Get<DeadlineStore>().CreateAsync(new NewDeadline(
            "Tổng kết công tác dân vận năm 2026", new DateOnly(2027, 12, 20), DeadlineScope.Units, null, [ctk.Id], Recurrence.None, "trước ngày 20/12/2027",
            $"zalo:{ZaloTestHost.Admin}", "bao-cao"));
        _api.Enqueue(ZaloEvents.Text(ZaloTestHost.Admin, $"/nhacngay #{reminded.Id}"));
        await _api.WaitForMessageAsync(Secretary, $"Nhắc việc #{reminded.Id}");

        _api.Enqueue(ZaloEvents.Text(Secretary, said));

        await _api.WaitForMessageAsync(Secretary, "việc nào");
        Assert.Contains($"Việc #{others.Id} \"Tổng kết công tác dân vận năm 2026\" không giao cho đơn vị", string.Join("\n", _api.MessagesTo(Secretary)), StringComparison.Ordinal);
        Assert.DoesNotContain(_api.MessagesTo(Secretary), m => m.Contains("Hiểu là việc", StringComparison.Ordinal));
        Assert.Empty(await _host.Get<StatusNoteStore>().ForUnitAsync(unit.Id));
        Assert.DoesNotContain(_api.MessagesTo(ZaloTestHost.Admin), m => m.Contains(string.Create(CultureInfo.InvariantCulture, $"#{reminded.Id}"), StringComparison.Ordinal) && m.Contains("gia hạn", StringComparison.OrdinalIgnoreCase));
    }
}
