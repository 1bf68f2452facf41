using System.Net;
using QcdcBot.Bot.Web.Upload;
using QcdcBot.Storage.Submissions;

namespace QcdcBot.Tests.Web;

/// <summary>
/// A file the unit already handed in, uploaded again on the page: the page says it was skipped, and no member's chat
/// hears of it (nothing changed for the unit); a form mixing it with a new file names only the new one as added, in
/// every member's chat alike.
/// </summary>
public sealed partial class UploadPageHttpTests
{
    private const string SecondSecretary = "5ec0000bb66b88fe6d6a9";

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task The_same_file_again_on_the_page_is_said_skipped_there_and_no_members_chat_is_told_anything(bool newVersionChosen)
    {
        await QcdcBot.Tests.Zalo.ZaloSeed.SecretaryAsync(_page.Host, SecondSecretary);
        var url = _page.Local(await _page.LinkAsync());
        await PostAsync(url, await TokenAsync(url), ("ke-hoach.pdf", [7, 7]));
        await _page.Api.WaitForMessageAsync(UploadPageHost.Secretary, "Biên nhận số");
        await _page.Api.WaitForMessageAsync(SecondSecretary, "Biên nhận số");
        var choice = newVersionChosen ? new[] { (UploadPage.ChoiceField, UploadPage.NewVersionChoice) } : [];

        var (status, html) = await PostAsync(url, await TokenAsync(url), raw: false, choice, ("ke-hoach-lan-2.pdf", [7, 7]));
        // Something new after it, so the outbox has certainly passed the duplicate by when its line arrives.
        await PostAsync(url, await TokenAsync(url), raw: false, [(UploadPage.ChoiceField, UploadPage.AddPagesChoice)], ("phu-luc.pdf", [8, 8]));
        await _page.Api.WaitForMessageAsync(UploadPageHost.Secretary, "phu-luc.pdf");
        await _page.Api.WaitForMessageAsync(SecondSecretary, "phu-luc.pdf");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("đã được nhận trước đó", html, StringComparison.Ordinal);
        Assert.Contains("bot không nhắn thêm", html, StringComparison.Ordinal);
        foreach (var member in new[] { UploadPageHost.Secretary, SecondSecretary })
        {
            var texts = _page.Api.MessagesTo(member);
            Assert.DoesNotContain(texts, m => m.Contains("đã được nhận trước đó", StringComparison.Ordinal));
            Assert.DoesNotContain(texts, m => m.Contains("ke-hoach", StringComparison.Ordinal) && m.Contains("Đã thêm", StringComparison.Ordinal));
            Assert.Single(texts, m => m.Contains("Biên nhận số", StringComparison.Ordinal));
        }

        Assert.Single(await _page.Host.Get<SubmissionStore>().AllForDeadlineAsync(_page.Deadline.Id));
    }

    [Fact]
    public async Task A_photo_again_on_the_page_after_a_chat_page_joined_the_submission_tells_no_members_chat_anything()
    {
        await QcdcBot.Tests.Zalo.ZaloSeed.SecretaryAsync(_page.Host, SecondSecretary);
        var url = _page.Local(await _page.LinkAsync());
        await PostAsync(url, await TokenAsync(url), ("trang-1.jpg", [5, 5]));
        await _page.Api.WaitForMessageAsync(SecondSecretary, "Biên nhận số");
        _page.Api.Enqueue(QcdcBot.Tests.Zalo.ZaloEvents.Image(UploadPageHost.Secretary, _page.Api.AddImage("trang-2.jpg", [6, 6])));
        await _page.Api.WaitForMessageAsync(SecondSecretary, "Đã thêm trang 2");

        var (_, html) = await PostAsync(url, await TokenAsync(url), raw: false, [(UploadPage.ChoiceField, UploadPage.AddPagesChoice)], ("trang-1-chup-lai.jpg", [5, 5]));
        await PostAsync(url, await TokenAsync(url), raw: false, [(UploadPage.ChoiceField, UploadPage.AddPagesChoice)], ("trang-3.jpg", [7, 7]));
        await _page.Api.WaitForMessageAsync(UploadPageHost.Secretary, "Đã thêm trang 3");
        await _page.Api.WaitForMessageAsync(SecondSecretary, "Đã thêm trang 3");

        Assert.Contains("đã được nhận trước đó", html, StringComparison.Ordinal);
        foreach (var member in new[] { UploadPageHost.Secretary, SecondSecretary })
        {
            Assert.DoesNotContain(_page.Api.MessagesTo(member), m => m.Contains("đã được nhận trước đó", StringComparison.Ordinal));
            Assert.Single(_page.Api.MessagesTo(member), m => m.Contains("Biên nhận số", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task A_form_mixing_a_file_already_in_with_a_new_one_names_only_the_new_one_as_added_to_every_member()
    {
        await QcdcBot.Tests.Zalo.ZaloSeed.SecretaryAsync(_page.Host, SecondSecretary);
        var url = _page.Local(await _page.LinkAsync());
        await PostAsync(url, await TokenAsync(url), ("bao-cao.pdf", [3, 3]));
        await _page.Api.WaitForMessageAsync(SecondSecretary, "Biên nhận số");

        await PostAsync(url, await TokenAsync(url), raw: false, [(UploadPage.ChoiceField, UploadPage.AddPagesChoice)], ("bao-cao.pdf", [3, 3]), ("phu-luc.pdf", [4, 4]));

        var own = await _page.Api.WaitForMessageAsync(UploadPageHost.Secretary, "Đã thêm");
        var copy = await _page.Api.WaitForMessageAsync(SecondSecretary, "Đã thêm");
        foreach (var line in new[] { own.Text!, copy.Text! })
        {
            Assert.Contains("tệp PDF \"phu-luc.pdf\"", line, StringComparison.Ordinal);
            Assert.DoesNotContain("bao-cao.pdf", line, StringComparison.Ordinal);
        }

        Assert.Contains("Người nộp:", copy.Text, StringComparison.Ordinal);
    }
}
