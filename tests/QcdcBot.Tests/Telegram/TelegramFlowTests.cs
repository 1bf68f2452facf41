using System.Text.Json.Nodes;
using QcdcBot.Storage.Deadlines;
using QcdcBot.Storage.Members;
using QcdcBot.Storage.Submissions;
using QcdcBot.Storage.Units;
using QcdcBot.Tests.Support;

namespace QcdcBot.Tests.Telegram;

/// <summary>The real host against the fake Bot API: what a secretary and an admin do, end to end.</summary>
public sealed class TelegramFlowTests : RunningTelegramHost
{
    private const long Secretary = 2001;

    [Fact]
    public async Task A_secretary_registers_with_the_deep_link_and_uploads_a_report_that_is_stored_byte_for_byte()
    {
        // Arrange: the admin creates a deadline and an invite code for NHNN.
        Api.Enqueue(Updates.Text(TelegramTestHost.Admin, "/giao Báo cáo tự kiểm tra QCDC trước ngày 25/10/2027"));
        await Api.WaitForMessageAsync(TelegramTestHost.Admin, "Báo cáo tự kiểm tra QCDC");
        Api.Enqueue(Updates.Text(TelegramTestHost.Admin, "/madangky NHNN"));
        var invite = await Api.WaitForMessageAsync(TelegramTestHost.Admin, "https://t.me/");
        var link = invite.Body["text"]!.GetValue<string>().Split(["https://t.me/"], StringSplitOptions.None)[1].Split('\n')[0].Trim();
        Assert.StartsWith(FakeBotApi.Username + "?start=", link, StringComparison.Ordinal);
        var code = link[(link.IndexOf('=', StringComparison.Ordinal) + 1)..];

        // Act: opening the link sends "/start CODE"; then the secretary sends a document.
        Api.Enqueue(Updates.Text(Secretary, "/start " + code));
        await Api.WaitForMessageAsync(Secretary, "Đăng ký thành công");
        var bytes = TestFiles.WellFormed("Bao cao tu kiem tra.docx", System.Text.Encoding.UTF8.GetBytes("fake docx content " + Guid.NewGuid()));
        Api.AddFile("doc-1", bytes);
        Api.Enqueue(Updates.Document(Secretary, "doc-1", "Bao cao tu kiem tra.docx", bytes.Length));
        await Api.WaitForMessageAsync(Secretary, "Biên nhận số");

        // Assert: stored once, and the stored bytes are the served bytes.
        var unit = (await App.Get<UnitStore>().FindByCodeAsync("NHNN"))!;
        var deadline = (await App.Get<DeadlineStore>().ListAsync()).Single(d => d.Title.StartsWith("Báo cáo tự kiểm tra", StringComparison.Ordinal));
        var submission = (await App.Get<SubmissionStore>().LatestAsync(unit.Id, deadline.Id))!;
        var file = Assert.Single(submission.Files);
        Assert.Equal(bytes, await App.Get<SubmissionStore>().ReadFileAsync(file.Sha256));
        var member = (await App.Get<MemberStore>().FindAsync("telegram", Secretary.ToString(System.Globalization.CultureInfo.InvariantCulture)))!;
        Assert.Equal(unit.Id, member.UnitId);
    }
}
