using System.Text.RegularExpressions;
using Microsoft.Playwright;
using QcdcBot.Bot.Delivery;
using QcdcBot.Bot.Web.Office;
using QcdcBot.Storage.ExtensionRequests;
using QcdcBot.Storage.Delivery;
using QcdcBot.Storage.Reminders;
using QcdcBot.Tests.Web;

namespace QcdcBot.Tests.Office;

/// <summary>The office pages in a real headless chromium on a laptop-sized screen, signed in from a link the chat gave.</summary>
[Collection(BrowserCollection.Name)]
public sealed class OfficeBrowserTests(BrowserFixture browser) : IAsyncLifetime
{
    private OfficeHarness _office = null!;
    private OfficeDataset _data = null!;
    private IBrowserContext _laptop = null!;

    public async Task InitializeAsync()
    {
        _office = await OfficeHarness.StartAsync();
        _data = await OfficeDataset.SeedAsync(_office);
        _laptop = await browser.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 1366, Height = 768 },
            Locale = "vi-VN",
            AcceptDownloads = true,
        });
    }

    public async Task DisposeAsync()
    {
        await _laptop.DisposeAsync();
        await _office.DisposeAsync();
    }

    [Fact]
    public async Task The_office_signs_in_from_chat_reads_the_same_numbers_filters_opens_a_unit_and_downloads_its_file()
    {
        var tab = await SignInAsync();

        // The header counts and cells say what /tinhhinh says for the same store.
        foreach (var deadline in new[] { _data.Plan, _data.Report })
        {
            var header = tab.Locator($"th[data-viec=\"{deadline.Id}\"] .tally");
            var count = (await header.InnerTextAsync()).Split(' ')[0];
            var chat = string.Join('\n', (await _office.SayAsync(OfficeHarness.Admin, $"/tinhhinh #{deadline.Id}")).Replies.Select(r => r.Text));
            Assert.Contains($"{count} đơn vị đã", chat, StringComparison.Ordinal);
        }

        await Assertions.Expect(tab.Locator("th[data-viec] .tally").First).ToHaveTextAsync("44/74 (59%)");
        await Assertions.Expect(Cell(tab, "NHNN", 1)).ToHaveTextAsync("✓ đúng hạn");
        await Assertions.Expect(Cell(tab, "SKHDT", 1)).ToHaveTextAsync("⏳? xin gia hạn đến 30/10/2024 (chờ duyệt), quá hạn 4 ngày");
        await Assertions.Expect(Cell(tab, "HND", 1)).ToHaveTextAsync("… đang làm, quá hạn 4 ngày");
        await Assertions.Expect(Cell(tab, _data.G[41].Code, 1)).ToHaveTextAsync("✓! trễ 3 ngày");
        await Assertions.Expect(tab.Locator("tbody tr")).ToHaveCountAsync(77);

        // "Chưa trả lời": units that answered nothing on some deadline; NHNN answered both, SKHDT waits for a decision.
        await tab.Locator("select[name=tt]").SelectOptionAsync("chua-tra-loi");
        await tab.GetByRole(AriaRole.Button, new() { Name = "Lọc" }).ClickAsync();
        await Assertions.Expect(tab.Locator("tr[data-ma=SKHDT]")).ToHaveCountAsync(0);
        await Assertions.Expect(tab.Locator("tr[data-ma=NHNN]")).ToHaveCountAsync(0);

        // A search typed without diacritics.
        await tab.GotoAsync(_office.BaseUrl + OfficeRoutes.Overview);
        await tab.Locator("input[name=q]").FillAsync("ngan hang nha nuoc");
        await tab.GetByRole(AriaRole.Button, new() { Name = "Lọc" }).ClickAsync();
        await Assertions.Expect(tab.Locator("tbody tr")).ToHaveCountAsync(1);

        // The unit, its member, its file, and the file's bytes exactly as stored.
        await tab.GetByRole(AriaRole.Link, new() { Name = "Đảng bộ Ngân hàng Nhà nước" }).ClickAsync();
        await Assertions.Expect(tab.GetByRole(AriaRole.Heading, new() { Name = "Đảng bộ Ngân hàng Nhà nước" })).ToBeVisibleAsync();
        await Assertions.Expect(tab.GetByText(new Regex("thuky-nhnn — test, nhận được tin"))).ToBeVisibleAsync();
        var download = await tab.RunAndWaitForDownloadAsync(() => tab.GetByRole(AriaRole.Link, new() { Name = OfficeDataset.NhnnFileName }).ClickAsync());
        Assert.Equal(OfficeDataset.NhnnFileName, download.SuggestedFilename);
        Assert.Equal(_data.NhnnFile, await File.ReadAllBytesAsync((await download.PathAsync())!));
    }

    [Fact]
    public async Task An_admin_approves_an_extension_on_the_page_and_the_units_chat_gets_the_decision()
    {
        var tab = await SignInAsync();
        await tab.GetByRole(AriaRole.Link, new() { Name = _data.Plan.Title }).ClickAsync();
        var request = tab.Locator($"tr[data-giahan=\"{_data.Extension.Id}\"]");
        await Assertions.Expect(request).ToContainTextAsync("Chờ họp chi ủy");

        await request.GetByRole(AriaRole.Button, new() { Name = "Đồng ý gia hạn" }).ClickAsync();

        await Assertions.Expect(tab.Locator(".notice")).ToHaveTextAsync($"Đã đồng ý đề nghị số {_data.Extension.Id}. Đơn vị đã được báo.");
        await Assertions.Expect(request).ToHaveCountAsync(0);
        Assert.Equal(ExtensionState.Approved, (await _office.Get<ExtensionRequestStore>().GetAsync(_data.Extension.Id))!.State);
        var toUnit = (await _office.Get<OutboxStore>().AllAsync()).Where(m => m.ChatId == "thuky-skhdt").Select(m => OutboxBody.FromJson(m.BodyJson).Text);
        Assert.Contains(toUnit, text => text.Contains("đồng ý gia hạn \"Kế hoạch thực hiện QCDC năm 2024\" đến Thứ Tư, 30/10/2024", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Signing_out_in_chat_refuses_the_next_page_load()
    {
        var tab = await SignInAsync();
        await Assertions.Expect(tab.GetByRole(AriaRole.Heading, new() { Name = "Tổng quan" })).ToBeVisibleAsync();

        await _office.SayAsync(OfficeHarness.Admin, "/dangxuat");
        await tab.ReloadAsync();

        Assert.EndsWith(OfficeRoutes.HowToSignIn, tab.Url, StringComparison.Ordinal);
        await Assertions.Expect(tab.GetByRole(AriaRole.Heading, new() { Name = "Cần đăng nhập" })).ToBeVisibleAsync();
        await Assertions.Expect(tab.Locator("table")).ToHaveCountAsync(0);
    }

    private async Task<IPage> SignInAsync()
    {
        var tab = await _laptop.NewPageAsync();
        var opened = await tab.GotoAsync(await _office.SignInLinkAsync());
        Assert.Equal(200, opened!.Status);
        await tab.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();
        await Assertions.Expect(tab.GetByRole(AriaRole.Heading, new() { Name = "Tổng quan" })).ToBeVisibleAsync();
        return tab;
    }

    /// <summary>A unit's cell in the n-th column (1 = the first deadline).</summary>
    private static ILocator Cell(IPage tab, string code, int column) => tab.Locator($"tr[data-ma=\"{code}\"] td").Nth(column - 1);
}
