using QcdcBot.Storage.Statuses;

namespace QcdcBot.Tests.Zalo;

/// <summary>office16 N1: deadline numbers typed with "đang làm" win over an open reminder's "Đang làm" choice.</summary>
public sealed partial class ZaloConversationTests
{
    [Fact]
    public async Task Numbers_typed_with_dang_lam_are_recorded_not_the_open_reminder_s_deadline()
    {
        var (unit, _) = await ZaloSeed.SecretaryAsync(_host, Secretary);
        var first = await ZaloSeed.DeadlineAsync(_host, "Báo cáo sơ kết QCDC quý I", new DateOnly(2027, 12, 19));
        var reminded = await ZaloSeed.DeadlineAsync(_host, "Kế hoạch QCDC năm 2028", new DateOnly(2027, 12, 20));
        var third = await ZaloSeed.DeadlineAsync(_host, "Báo cáo chuyên đề dân vận", new DateOnly(2027, 12, 21));
        _api.Enqueue(ZaloEvents.Text(ZaloTestHost.Admin, $"/nhacngay #{reminded.Id}"));
        await _api.WaitForMessageAsync(Secretary, "Nhắc việc");

        _api.Enqueue(ZaloEvents.Text(Secretary, $"dang lam {first.Id} va {third.Id}"));
        await _api.WaitForMessageAsync(Secretary, "Báo cáo chuyên đề dân vận");

        var notes = await _host.Get<StatusNoteStore>().ForUnitAsync(unit.Id);
        Assert.Contains(notes, n => n.DeadlineId == first.Id && n.State == StatusState.InProgress);
        Assert.Contains(notes, n => n.DeadlineId == third.Id && n.State == StatusState.InProgress);
        Assert.DoesNotContain(notes, n => n.DeadlineId == reminded.Id);
    }
}
