using System.Text.RegularExpressions;
using Microsoft.Playwright;
using QcdcBot.Bot.Web.Links;
using QcdcBot.Bot.Web.Upload;
using QcdcBot.Storage.Submissions;
using QcdcBot.Tests.Support;

namespace QcdcBot.Tests.Web;

/// <summary>The upload page in a real headless chromium on a phone-sized screen: a .docx in, the same bytes stored, receipts on page and in chat.</summary>
[Collection(BrowserCollection.Name)]
public sealed class UploadPageBrowserTests(BrowserFixture browser) : IAsyncLifetime
{
    private UploadPageHost _page = null!;
    private IBrowserContext _phone = null!;

    public async Task InitializeAsync()
    {
        _page = await UploadPageHost.StartAsync();
        _phone = await browser.NewPhoneAsync();
    }

    public async Task DisposeAsync()
    {
        await _phone.DisposeAsync();
        await _page.DisposeAsync();
    }

    [Fact]
    public async Task A_secretary_uploads_a_docx_from_a_phone_and_gets_the_receipt_on_the_page_and_in_zalo()
    {
        var bytes = DocxBytes();
        var tab = await _phone.NewPageAsync();

        var opened = await tab.GotoAsync(_page.Local(await _page.LinkAsync()));
        Assert.Equal(200, opened!.Status);
        await Assertions.Expect(tab.GetByText("Đảng bộ Ngân hàng Nhà nước")).ToBeVisibleAsync();
        await Assertions.Expect(tab.GetByText("Kế hoạch thực hiện QCDC năm 2027")).ToBeVisibleAsync();
        await Assertions.Expect(tab.GetByText("Chưa nộp lần nào.")).ToBeVisibleAsync();
        await tab.Locator("#files").SetInputFilesAsync(new FilePayload
        {
            Name = "Kế hoạch QCDC 2027.docx",
            MimeType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            Buffer = bytes,
        });
        await tab.GetByRole(AriaRole.Button, new() { Name = "Nộp" }).ClickAsync();

        await Assertions.Expect(tab.GetByRole(AriaRole.Heading, new() { Name = "Đã nhận" })).ToBeVisibleAsync();
        await Assertions.Expect(tab.GetByText(new Regex("Biên nhận số"))).ToBeVisibleAsync();
        var stored = (await _page.Host.Get<SubmissionStore>().LatestAsync(_page.Unit.Id, _page.Deadline.Id))!;
        Assert.Equal("Kế hoạch QCDC 2027.docx", stored.Files.Single().OriginalName);
        Assert.Equal(bytes, await _page.Host.Get<SubmissionStore>().ReadFileAsync(stored.Files.Single().Sha256));
        Assert.Equal("web", stored.Channel);
        Assert.True(stored.OnTime);
        var chat = await _page.Api.WaitForMessageAsync(UploadPageHost.Secretary, "Biên nhận số " + stored.ReceiptNo);
        Assert.Contains("Kế hoạch QCDC 2027.docx", chat.Text, StringComparison.Ordinal);

        // The same link works again, and now shows what was handed in.
        await tab.GotoAsync(_page.Local(await _page.LinkAsync()));
        await Assertions.Expect(tab.GetByText(new Regex("Lần 1: biên nhận số " + Regex.Escape(stored.ReceiptNo)))).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_file_of_another_kind_soon_after_is_not_preselected_as_pages_and_the_page_asks_naming_both_kinds()
    {
        var tab = await _phone.NewPageAsync();
        var link = _page.Local(await _page.LinkAsync());
        await tab.GotoAsync(link);
        await tab.Locator("#files").SetInputFilesAsync(new FilePayload { Name = "du-thao-ke-hoach.docx", MimeType = "application/octet-stream", Buffer = DocxBytes() });
        await tab.GetByRole(AriaRole.Button, new() { Name = "Nộp" }).ClickAsync();
        await Assertions.Expect(tab.GetByRole(AriaRole.Heading, new() { Name = "Đã nhận" })).ToBeVisibleAsync();

        // Minutes later, from the same link: a scanned PDF. Nothing is chosen for it beforehand.
        await tab.GotoAsync(link);
        var pages = tab.GetByRole(AriaRole.Radio, new() { NameRegex = new Regex("Thêm vào bài nộp") });
        await Assertions.Expect(pages).Not.ToBeCheckedAsync();
        await Assertions.Expect(tab.GetByText(new Regex("bài nộp hiện có là tệp Word"))).ToBeVisibleAsync();
        await tab.Locator("#files").SetInputFilesAsync(new FilePayload { Name = "ban-scan-co-dau.pdf", MimeType = "application/pdf", Buffer = TestFiles.WellFormed("ban-scan-co-dau.pdf", [5, 6]) });
        await tab.GetByRole(AriaRole.Button, new() { Name = "Nộp" }).ClickAsync();

        await Assertions.Expect(tab.GetByText(new Regex("Tệp chọn lần này là tệp PDF, còn bài nộp hiện có .* là tệp Word"))).ToBeVisibleAsync();
        await Assertions.Expect(pages).Not.ToBeCheckedAsync();
        await Assertions.Expect(tab.GetByRole(AriaRole.Radio, new() { Name = "Nộp bản mới thay bản trước" })).Not.ToBeCheckedAsync();
        var held = Assert.Single(await _page.Host.Get<SubmissionStore>().AllForDeadlineAsync(_page.Deadline.Id));
        Assert.Equal(["du-thao-ke-hoach.docx"], held.Files.Select(f => f.OriginalName));

        // Answered: a new version, with the file picked again.
        await tab.GetByRole(AriaRole.Radio, new() { Name = "Nộp bản mới thay bản trước" }).CheckAsync();
        await tab.Locator("#files").SetInputFilesAsync(new FilePayload { Name = "ban-scan-co-dau.pdf", MimeType = "application/pdf", Buffer = TestFiles.WellFormed("ban-scan-co-dau.pdf", [5, 6]) });
        await tab.GetByRole(AriaRole.Button, new() { Name = "Nộp" }).ClickAsync();
        await Assertions.Expect(tab.GetByRole(AriaRole.Heading, new() { Name = "Đã nhận" })).ToBeVisibleAsync();
        var all = await _page.Host.Get<SubmissionStore>().AllForDeadlineAsync(_page.Deadline.Id);
        Assert.Equal([1, 2], all.Select(s => s.Version));
        Assert.Equal("ban-scan-co-dau.pdf", Assert.Single(all[1].Files).OriginalName);
    }

    [Fact]
    public async Task A_tampered_link_shows_the_error_page_and_stores_nothing()
    {
        var link = _page.Local(await _page.LinkAsync());
        var tampered = link[..^3] + (link[^3] == 'A' ? 'B' : 'A') + link[^2..];
        var tab = await _phone.NewPageAsync();

        var response = await tab.GotoAsync(tampered);

        Assert.Equal(404, response!.Status);
        await Assertions.Expect(tab.GetByRole(AriaRole.Heading, new() { Name = "Đường dẫn không hợp lệ" })).ToBeVisibleAsync();
        Assert.Equal(0, await tab.Locator("form").CountAsync());
        Assert.Equal(0, await _page.StoredCountAsync());
    }

    [Fact]
    public async Task An_expired_link_shows_the_error_page_and_stores_nothing()
    {
        var signer = _page.Host.Get<LinkSigner>();
        var expired = new UploadLink(_page.Member.Id, _page.Unit.Id, _page.Deadline.Id, TimeProvider.System.GetUtcNow().AddMinutes(-2));
        var token = await signer.SignAsync(UploadLinks.Purpose, expired.ToBytes(), default);
        var tab = await _phone.NewPageAsync();

        var response = await tab.GotoAsync(_page.Address + UploadLinks.PathPrefix + token);

        Assert.Equal(410, response!.Status);
        await Assertions.Expect(tab.GetByRole(AriaRole.Heading, new() { Name = "Đường dẫn đã hết hạn" })).ToBeVisibleAsync();
        await Assertions.Expect(tab.GetByText(new Regex("/nopfile"))).ToBeVisibleAsync();
        Assert.Equal(0, await _page.StoredCountAsync());
    }

    [Fact]
    public async Task The_page_fits_a_phone_screen_and_needs_no_script()
    {
        var tab = await _phone.NewPageAsync();
        await tab.GotoAsync(_page.Local(await _page.LinkAsync()));

        var width = await tab.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.True(width <= 390, $"the page is {width}px wide on a 390px screen");
        Assert.Equal(0, await tab.Locator("script").CountAsync());
        Assert.Equal(0, await tab.Locator("link[rel=stylesheet], img[src^=http]").CountAsync());
    }

    [Fact]
    public async Task Long_file_names_wrap_on_a_phone_screen_on_the_receipt_and_on_the_form_after_it()
    {
        var sixty = "Ke_hoach_thuc_hien_QCDC_cong_tac_dan_van_nam_2027_Dang_uy_NHNN.pdf";
        var twoHundred = string.Concat(Enumerable.Repeat("Ke_hoach_thuc_hien_quy_che_dan_chu_", 6)) + "o_co_so.docx";
        var tab = await _phone.NewPageAsync();
        var link = _page.Local(await _page.LinkAsync());
        await tab.GotoAsync(link);

        await tab.Locator("#files").SetInputFilesAsync(new[]
        {
            new FilePayload { Name = sixty, MimeType = "application/pdf", Buffer = TestFiles.WellFormed(sixty, [1]) },
            new FilePayload { Name = twoHundred, MimeType = "application/octet-stream", Buffer = DocxBytes() },
        });
        await tab.GetByRole(AriaRole.Button, new() { Name = "Nộp" }).ClickAsync();
        await Assertions.Expect(tab.GetByRole(AriaRole.Heading, new() { Name = "Đã nhận" })).ToBeVisibleAsync();
        var receiptWidth = await tab.EvaluateAsync<int>("document.documentElement.scrollWidth");
        await tab.GotoAsync(link);
        await Assertions.Expect(tab.GetByText(new Regex("Lần 1: biên nhận số"))).ToBeVisibleAsync();
        var formWidth = await tab.EvaluateAsync<int>("document.documentElement.scrollWidth");

        Assert.True(receiptWidth <= 390, $"the receipt page is {receiptWidth}px wide on a 390px screen");
        Assert.True(formWidth <= 390, $"the form page is {formWidth}px wide on a 390px screen");
    }

    /// <summary>A tiny but real .docx (a zip with the Word parts), so the bytes are those of a document.</summary>
    private static byte[] DocxBytes()
    {
        using var stream = new MemoryStream();
        using (var doc = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            main.Document = new DocumentFormat.OpenXml.Wordprocessing.Document(
                new DocumentFormat.OpenXml.Wordprocessing.Body(
                    new DocumentFormat.OpenXml.Wordprocessing.Paragraph(
                        new DocumentFormat.OpenXml.Wordprocessing.Run(new DocumentFormat.OpenXml.Wordprocessing.Text("Kế hoạch thực hiện QCDC năm 2027")))));
        }

        return stream.ToArray();
    }
}
