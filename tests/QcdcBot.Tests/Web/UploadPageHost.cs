using QcdcBot.Bot.Web;
using QcdcBot.Bot.Web.Upload;
using QcdcBot.Storage.Deadlines;
using QcdcBot.Storage.Members;
using QcdcBot.Storage.Submissions;
using QcdcBot.Storage.Units;
using QcdcBot.Tests.Support;
using QcdcBot.Tests.Zalo;

namespace QcdcBot.Tests.Web;

/// <summary>
/// The real host with Zalo (on the fake API), the front door on a free loopback port and the upload page on; one
/// Zalo secretary of NHNN and one open deadline. Links name <see cref="PublicUrl"/>; <see cref="Local"/> points one at the real port.
/// </summary>
public sealed class UploadPageHost : IAsyncDisposable
{
    public const string PublicUrl = "https://qcdc.example.vn";
    public const string Secretary = "5ec0000aa66b88fe6d6a9";

    private UploadPageHost(FakeZaloApi api, BotTestHost host) => (Api, Host) = (api, host);

    public FakeZaloApi Api { get; }

    public BotTestHost Host { get; }

    internal Unit Unit { get; private set; } = null!;

    internal Member Member { get; private set; } = null!;

    internal Deadline Deadline { get; private set; } = null!;

    public string Address => Host.Get<WebFrontDoor>().Addresses[0];

    public static async Task<UploadPageHost> StartAsync(IDictionary<string, string?>? extra = null)
    {
        var api = await FakeZaloApi.StartAsync();
        var settings = new Dictionary<string, string?>
        {
            ["Web:Listen"] = "http://127.0.0.1:0",
            ["Web:PublicUrl"] = PublicUrl,
            ["Bot:AllowedFileTypes:0"] = ".docx",
            ["Bot:AllowedFileTypes:1"] = ".pdf",
            ["Bot:AllowedFileTypes:2"] = ".jpg",
        };
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        var page = new UploadPageHost(api, ZaloTestHost.Create(api, settings));
        await page.Host.StartAsync();
        (page.Unit, page.Member) = await ZaloSeed.SecretaryAsync(page.Host, Secretary);
        page.Deadline = await ZaloSeed.DeadlineAsync(page.Host, "Kế hoạch thực hiện QCDC năm 2027", new DateOnly(2027, 12, 31));
        return page;
    }

    /// <summary>The secretary's link for the deadline, as the bot hands it out.</summary>
    public async Task<string> LinkAsync() => (await Host.Get<UploadLinks>().ForAsync(Member, Deadline.Id, default))!;

    /// <summary>The same path on the port the test host really listens on.</summary>
    public string Local(string link) => Address + new Uri(link).AbsolutePath;

    internal async Task<int> StoredCountAsync() =>
        (await Host.Get<SubmissionStore>().AllForDeadlineAsync(Deadline.Id)).Count;

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        await Api.DisposeAsync();
    }
}
