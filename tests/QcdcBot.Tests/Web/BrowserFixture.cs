using Microsoft.Playwright;

namespace QcdcBot.Tests.Web;

/// <summary>
/// Debian's chromium, headless, driven by Playwright (<c>ExecutablePath</c> = the chromium on PATH, <c>--no-sandbox</c>
/// for root). Shared by every browser test through the "browser" collection. With no chromium it fails with a
/// clear message: a browser test never skips. <c>.ci/run</c> installs chromium with apt when it is missing.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var chromium = FindOnPath("chromium") ?? FindOnPath("chromium-browser")
            ?? throw new InvalidOperationException(
                "No chromium on PATH: the browser tests need Debian's chromium (apt-get update && apt-get install -y chromium; .ci/run does this).");
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            Args = ["--no-sandbox"],
        });
    }

    /// <summary>A fresh phone-sized context (cookies apart from other tests), Vietnamese locale.</summary>
    public Task<IBrowserContext> NewPhoneAsync() =>
        Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 390, Height = 844 },
            IsMobile = true,
            HasTouch = true,
            DeviceScaleFactor = 2,
            Locale = "vi-VN",
        });

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
    }

    private static string? FindOnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, name))
            .FirstOrDefault(File.Exists);
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
