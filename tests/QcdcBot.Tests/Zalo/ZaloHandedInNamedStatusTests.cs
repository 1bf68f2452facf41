using QcdcBot.Storage.Submissions;

namespace QcdcBot.Tests.Zalo;

/// <summary>A status reply that names only deadlines already handed in says so (receipt, date) before asking among what is still owed.</summary>
public sealed partial class ZaloConversationTests
{
    [Theory]
    [InlineData("dang lam bc 6 thang va kh 2027")]
    [InlineData("Dạ đơn vị đang làm kế hoạch năm 2027 và báo cáo 6 tháng ạ")]
    public async Task A_status_reply_naming_only_handed_in_deadlines_says_they_are_in_before_offering_the_rest(string said)
    {
        var (unit, _) = await ZaloSeed.SecretaryAsync(_host, Secretary);
        var plan = await ZaloSeed.DeadlineAsync(_host, "Kế hoạch thực hiện QCDC năm 2027", new DateOnly(2027, 12, 10));
        var half = await ZaloSeed.DeadlineAsync(_host, "Báo cáo 6 tháng đầu năm", new DateOnly(2027, 12, 15));
        var owed = await ZaloSeed.DeadlineAsync(_host, "Sơ kết 1 năm thực hiện QCDC", new DateOnly(2027, 12, 30));
        await SeedSubmissionAsync(unit, plan, SubmissionMethod.Upload, TimeSpan.FromHours(3));
        await SeedSubmissionAsync(unit, half, SubmissionMethod.Upload, TimeSpan.FromHours(2));

        _api.Enqueue(ZaloEvents.Text(Secretary, said));

        var asked = await _api.WaitForMessageAsync(Secretary, "cho việc nào?");
        var note = _api.MessagesTo(Secretary).Single(m => m.Contains("đã nộp rồi", StringComparison.Ordinal));
        Assert.Contains($"#{plan.Id} \"{plan.Title}\" (biên nhận ", note, StringComparison.Ordinal);
        Assert.Contains($"#{half.Id} \"{half.Title}\" (biên nhận ", note, StringComparison.Ordinal);
        Assert.Contains($"#{owed.Id}", asked.Text, StringComparison.Ordinal);
        Assert.True(_api.MessagesTo(Secretary).ToList().IndexOf(note) < _api.MessagesTo(Secretary).ToList().IndexOf(asked.Text!));
    }
}
