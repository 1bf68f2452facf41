using QcdcBot.Storage.Submissions;

namespace QcdcBot.Tests.Zalo;

/// <summary>
/// A status reply that names only deadlines already handed in says so (receipt, date) and stops there: the words named
/// no other deadline, so none the unit still owes is offered in their place.
/// </summary>
public sealed partial class ZaloConversationTests
{
    [Theory]
    [InlineData("dang lam bc 6 thang va kh 2027")]
    [InlineData("Dạ đơn vị đang làm kế hoạch năm 2027 và báo cáo 6 tháng ạ")]
    [InlineData("bên em vẫn đang hoàn thiện bc 6t với kh nam 2027")]
    public async Task A_status_reply_naming_only_handed_in_deadlines_says_they_are_in_and_asks_nothing(string said)
    {
        var (unit, _) = await ZaloSeed.SecretaryAsync(_host, Secretary);
        var plan = await ZaloSeed.DeadlineAsync(_host, "Kế hoạch thực hiện QCDC năm 2027", new DateOnly(2027, 12, 10));
        var half = await ZaloSeed.DeadlineAsync(_host, "Báo cáo 6 tháng đầu năm", new DateOnly(2027, 12, 15));
        var owed = await ZaloSeed.DeadlineAsync(_host, "Sơ kết 1 năm thực hiện QCDC", new DateOnly(2027, 12, 30));
        await ZaloSeed.DeadlineAsync(_host, "Danh sách cán bộ phụ trách", new DateOnly(2027, 12, 20));
        await SeedSubmissionAsync(unit, plan, SubmissionMethod.Upload, TimeSpan.FromHours(3));
        await SeedSubmissionAsync(unit, half, SubmissionMethod.Upload, TimeSpan.FromHours(2));

        _api.Enqueue(ZaloEvents.Text(Secretary, said));
        var note = await _api.WaitForMessageAsync(Secretary, "đã nộp rồi");
        _api.Enqueue(ZaloEvents.Text(Secretary, "/viec"));
        await _api.WaitForMessageAsync(Secretary, $"#{owed.Id} ");

        Assert.Contains($"#{plan.Id} \"{plan.Title}\" (biên nhận ", note.Text, StringComparison.Ordinal);
        Assert.Contains($"#{half.Id} \"{half.Title}\" (biên nhận ", note.Text, StringComparison.Ordinal);
        Assert.Contains("số # của việc", note.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(_api.MessagesTo(Secretary), m => m.Contains("cho việc nào?", StringComparison.Ordinal));
        Assert.Empty(await _host.Get<QcdcBot.Storage.Statuses.StatusNoteStore>().ForUnitAsync(unit.Id));
    }
}
