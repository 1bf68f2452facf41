using QcdcBot.Storage.Statuses;
using QcdcBot.Storage.Submissions;

namespace QcdcBot.Tests.Zalo;

/// <summary>"em nop roi" from one member after a colleague handed in or reported: the answer is what the unit has on record.</summary>
public sealed partial class ZaloConversationTests
{
    [Fact]
    public async Task Em_nop_roi_after_a_colleagues_receipt_and_report_says_who_and_when_and_records_nothing()
    {
        var (unit, _) = await ZaloSeed.SecretaryAsync(_host, Secretary);
        await ZaloSeed.SecretaryAsync(_host, SecondSecretary);
        var report = await ZaloSeed.DeadlineAsync(_host, "Báo cáo sơ kết QCDC quý I", new DateOnly(2027, 12, 19));
        var plan = await ZaloSeed.DeadlineAsync(_host, "Kế hoạch QCDC năm 2028", new DateOnly(2027, 12, 30));
        var other = await ZaloSeed.DeadlineAsync(_host, "Danh sách tổ hòa giải", new DateOnly(2027, 12, 28));
        _api.Enqueue(ZaloEvents.Image(Secretary, _api.AddImage("bao-cao.jpg", [4, 4, 4]), $"#{report.Id}"));
        var receipt = await _api.WaitForMessageAsync(Secretary, "Biên nhận số");
        _api.Enqueue(ZaloEvents.Text(Secretary, $"#{plan.Id} đã gửi bản giấy"));
        await _api.WaitForMessageAsync(Secretary, "Đã ghi nhận");

        _api.Enqueue(ZaloEvents.Text(SecondSecretary, "em nop roi"));

        var answer = await _api.WaitForMessageAsync(SecondSecretary, "Bot đã có của");
        var number = (await _host.Get<SubmissionStore>().LatestAsync(unit.Id, report.Id))!.ReceiptNo;
        Assert.Contains($"#{report.Id} \"Báo cáo sơ kết QCDC quý I\": đã nộp, biên nhận số {number}", answer.Text, StringComparison.Ordinal);
        Assert.Contains("Thư ký NHNN nộp lúc", answer.Text, StringComparison.Ordinal);
        Assert.Contains($"#{plan.Id} \"Kế hoạch QCDC năm 2028\": Thư ký NHNN đã báo \"đã gửi bản giấy\"", answer.Text, StringComparison.Ordinal);
        Assert.Contains($"chưa nhận được bài nộp nào của {unit.Name} cho #{other.Id} \"Danh sách tổ hòa giải\".", answer.Text, StringComparison.Ordinal);
        Assert.Single(await _host.Get<StatusNoteStore>().ForUnitAsync(unit.Id));
        Assert.Single(await _host.Get<SubmissionStore>().AllForDeadlineAsync(report.Id));
        Assert.Contains(number, receipt.Text, StringComparison.Ordinal);
    }
}
