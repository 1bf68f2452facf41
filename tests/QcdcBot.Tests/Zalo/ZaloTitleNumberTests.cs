using QcdcBot.Storage.Statuses;

namespace QcdcBot.Tests.Zalo;

/// <summary>A number that is part of a deadline's own title ("Kết luận 12") names that deadline; it is never deadline #12.</summary>
public sealed partial class ZaloConversationTests
{
    [Theory]
    [InlineData("bc ket luan 12 dang lam a")]
    [InlineData("báo cáo kết luận 12 đang làm")]
    [InlineData("dang lam bc ket luan 12 nhe")]
    public async Task A_number_in_the_named_title_is_not_a_deadline_number(string typed)
    {
        var (unit, _) = await ZaloSeed.SecretaryAsync(_host, Secretary);
        await ZaloSeed.DeadlineAsync(_host, "Kế hoạch thực hiện QCDC năm 2028", new DateOnly(2027, 12, 15));
        var named = await ZaloSeed.DeadlineAsync(_host, "Bao cao ket qua thuc hien Ket luan 12", new DateOnly(2027, 12, 9));

        _api.Enqueue(ZaloEvents.Text(Secretary, typed));

        var status = await _api.WaitForMessageAsync(Secretary, "Đã ghi nhận");
        Assert.Contains("Ket luan 12", status.Text, StringComparison.Ordinal);
        Assert.Equal(StatusState.InProgress, (await _host.Get<StatusNoteStore>().LatestForDeadlineAsync(named.Id))[unit.Id].State);
        Assert.DoesNotContain(_api.MessagesTo(Secretary), m => m.Contains("#12", StringComparison.Ordinal) || m.Contains("cho việc nào", StringComparison.Ordinal));
    }
}
