using System.Text.RegularExpressions;
using Microsoft.Playwright;
using QcdcBot.Bot.Web.Upload;
using QcdcBot.Storage.Deadlines;
using QcdcBot.Storage.Submissions;
using QcdcBot.Tests.Support;
using QcdcBot.Tests.Zalo;

namespace QcdcBot.Tests.Web;

/// <summary>
/// In a real headless chromium: a file whose name names another paper than the link's deadline is not filed under the
/// link. The page asks, as chat does, and stores nothing until the member answers there.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class UploadPageOtherPaperBrowserTests(BrowserFixture browser) : IAsyncLifetime
{
    private UploadPageHost _page = null!;
    private IBrowserContext _phone = null!;
    private Deadline _report = null!;

    public async Task InitializeAsync()
    {
        _page = await UploadPageHost.StartAsync();
        _report = await ZaloSeed.DeadlineAsync(_page.Host, "Báo cáo sơ kết 6 tháng năm 2026", new DateOnly(2027, 12, 20));
        _phone = await browser.NewPhoneAsync();
    }

    public async Task DisposeAsync()
    {
        await _phone.DisposeAsync();
        await _page.DisposeAsync();
    }

    [Theory]
    [InlineData("bao cao so ket 6 thang.docx")]
    [InlineData("Báo cáo sơ kết 6 tháng - NHNN.docx")]
    [InlineData("BC_so_ket_6_thang.docx")]
    public async Task A_file_named_for_another_paper_is_asked_about_and_filed_under_the_paper_it_names_from_its_own_page(string name)
    {
        var tab = await _phone.NewPageAsync();
        await tab.GotoAsync(_page.Local(await _page.LinkAsync()));
        await PickAndSendAsync(tab, name);

        await Assertions.Expect(tab.GetByText(new Regex($"giống việc #{_report.Id} \"Báo cáo sơ kết 6 tháng năm 2026\", không phải việc của trang này \\(#{_page.Deadline.Id}")))
            .ToBeVisibleAsync();
        Assert.Equal(0, await _page.StoredCountAsync());
        Assert.Empty(await _page.Host.Get<SubmissionStore>().AllForDeadlineAsync(_report.Id));

        // The member follows the other deadline's own link on the page, and the file is filed there.
        var other = tab.GetByRole(AriaRole.Link, new() { NameRegex = new Regex($"Nộp cho việc #{_report.Id}") });
        await tab.GotoAsync(_page.Local((await other.GetAttributeAsync("href"))!));
        await Assertions.Expect(tab.GetByText("Báo cáo sơ kết 6 tháng năm 2026")).ToBeVisibleAsync();
        await PickAndSendAsync(tab, name);

        await Assertions.Expect(tab.GetByRole(AriaRole.Heading, new() { Name = "Đã nhận" })).ToBeVisibleAsync();
        Assert.Equal(name, Assert.Single(Assert.Single(await _page.Host.Get<SubmissionStore>().AllForDeadlineAsync(_report.Id)).Files).OriginalName);
        Assert.Equal(0, await _page.StoredCountAsync());
    }

    [Fact]
    public async Task A_file_named_for_another_paper_is_filed_under_the_link_once_the_member_confirms_it_on_the_page()
    {
        var tab = await _phone.NewPageAsync();
        await tab.GotoAsync(_page.Local(await _page.LinkAsync()));
        await PickAndSendAsync(tab, "bao cao thang 11.docx");
        await Assertions.Expect(tab.GetByText(new Regex("không giống tên việc của trang này"))).ToBeVisibleAsync();
        Assert.Equal(0, await _page.StoredCountAsync());

        // Sending again without the box ticked is refused by the form itself; ticked, it is filed under the link.
        await tab.GetByRole(AriaRole.Checkbox, new() { NameRegex = new Regex("Đúng, các tệp này nộp cho việc") }).CheckAsync();
        await PickAndSendAsync(tab, "bao cao thang 11.docx");

        await Assertions.Expect(tab.GetByRole(AriaRole.Heading, new() { Name = "Đã nhận" })).ToBeVisibleAsync();
        Assert.Equal(1, await _page.StoredCountAsync());
    }

    [Fact]
    public async Task A_file_named_for_the_links_own_paper_is_filed_without_a_question()
    {
        var tab = await _phone.NewPageAsync();
        await tab.GotoAsync(_page.Local(await _page.LinkAsync()));
        await PickAndSendAsync(tab, "ke hoach qcdc 2027 - NHNN.docx");

        await Assertions.Expect(tab.GetByRole(AriaRole.Heading, new() { Name = "Đã nhận" })).ToBeVisibleAsync();
        Assert.Equal(1, await _page.StoredCountAsync());
    }

    private static async Task PickAndSendAsync(IPage tab, string name)
    {
        await tab.Locator("#files").SetInputFilesAsync(new FilePayload
        {
            Name = name,
            MimeType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            Buffer = TestFiles.WellFormed(name, [7, 7, 7]),
        });
        await tab.GetByRole(AriaRole.Button, new() { Name = "Nộp" }).ClickAsync();
    }
}
