using QcdcBot.Storage.Submissions;

namespace QcdcBot.Tests.Zalo;

/// <summary>A photo captioned with a deadline the office recorded on paper is filed beside that record, and the receipt says so.</summary>
public sealed partial class ZaloConversationTests
{
    [Fact]
    public async Task A_captioned_photo_after_the_offices_paper_record_is_filed_beside_it_and_never_said_to_replace_it()
    {
        var (unit, _) = await ZaloSeed.SecretaryAsync(_host, Secretary);
        var deadline = await ZaloSeed.DeadlineAsync(_host, "Báo cáo sơ kết QCDC quý I", new DateOnly(2027, 12, 19));
        var submissions = _host.Get<SubmissionStore>();
        var paper = (await submissions.SubmitAsync(new NewSubmission(unit.Id, deadline.Id, TimeProvider.System.GetUtcNow(), new DateOnly(2027, 12, 1), new DateOnly(2027, 12, 1),
            deadline.DueDate, $"zalo:{ZaloTestHost.Admin}", "zalo", SubmissionMethod.Paper, "bản giấy qua văn thư", []))).Submission;

        _api.Enqueue(ZaloEvents.Image(Secretary, _api.AddImage("bao-cao.jpg", [5, 5, 5]), $"#{deadline.Id} bao cao"));

        var receipt = await _api.WaitForMessageAsync(Secretary, "Biên nhận số");
        Assert.DoesNotContain("thay cho bản trước", receipt.Text, StringComparison.Ordinal);
        Assert.Contains($"lưu bên cạnh ghi nhận bản giấy/email của văn phòng (biên nhận số {paper.ReceiptNo}", receipt.Text, StringComparison.Ordinal);
        var all = await submissions.AllForDeadlineAsync(deadline.Id);
        Assert.Equal([SubmissionMethod.Paper, SubmissionMethod.Upload], all.Select(s => s.Method));
    }
}
