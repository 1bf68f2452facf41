using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using QcdcBot.Bot.Conversation;
using QcdcBot.Bot.Web;
using QcdcBot.Bot.Web.Office;
using QcdcBot.Storage.Members;
using QcdcBot.Storage.Units;
using QcdcBot.Tests.Support;

namespace QcdcBot.Tests.Office;

/// <summary>
/// The office pages on the real front door (Kestrel on 127.0.0.1, a free port) over a temp SQLite file, with the conversation
/// of the same services to talk to and the clock in the test's hand. "admin" is the admin and "lanhdao" the leader,
/// on channel "test"; the 77 sample units are imported. The outbox dispatcher does not run: what the bot would send
/// stays in the outbox for the test to read.
/// </summary>
internal sealed partial class OfficeHarness : IAsyncDisposable
{
    public const string Channel = "test";
    public const string Admin = "admin";
    public const string Leader = "lanhdao";

    /// <summary>Monday 14/10/2024, 09:00 in Yên Bái.</summary>
    public static readonly DateTimeOffset DefaultStart = new(2024, 10, 14, 9, 0, 0, TimeSpan.FromHours(7));

    private readonly WebApplication _app;
    private readonly string _folder;
    private int _messageId;

    private OfficeHarness(WebApplication app, string folder, FakeTimeProvider time, string baseUrl)
    {
        _app = app;
        _folder = folder;
        Time = time;
        BaseUrl = baseUrl;
    }

    public FakeTimeProvider Time { get; }

    public string BaseUrl { get; }

    public string DatabasePath => Path.Combine(_folder, "office.db");

    public static async Task<OfficeHarness> StartAsync(string publicScheme = "http")
    {
        var folder = CoreServices.NewFolder("office");
        var time = new FakeTimeProvider(DefaultStart);
        var port = FreePort();
        var baseUrl = $"http://127.0.0.1:{port}";
        var builder = WebApplication.CreateSlimBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Web:Listen"] = baseUrl,
            ["Web:PublicUrl"] = publicScheme == "https" ? $"https://127.0.0.1:{port}" : baseUrl,
        });
        builder.Logging.ClearProviders();
        foreach (var service in CoreServices.Create(Path.Combine(folder, "office.db"), time, o =>
                 {
                     o.Admins = [$"{Channel}:{Admin}"];
                     o.Leaders = [$"{Channel}:{Leader}"];
                 }))
        {
            builder.Services.Add(service);
        }

        builder.Services.AddOfficePages();
        builder.Services.RemoveAll<IHostedService>();
        builder.AddWebFrontDoor();
        var app = builder.Build();
        app.MapWebFrontDoor();
        await app.StartAsync();
        var harness = new OfficeHarness(app, folder, time, baseUrl);
        using (var reader = new StreamReader(Path.Combine(AppContext.BaseDirectory, "Fixtures", "units.sample.csv")))
        {
            Assert.True((await harness.Get<UnitCsvImporter>().ImportAsync(reader, "test")).Succeeded);
        }

        // The admin's and leader's first messages record where to reach them.
        await harness.SayAsync(Admin, "/trogiup");
        await harness.SayAsync(Leader, "/trogiup");
        return harness;
    }

    public T Get<T>()
        where T : notnull => _app.Services.GetRequiredService<T>();

    public Task<TurnResult> SayAsync(string user, string text) =>
        Get<ConversationBot>().OnTurnAsync(new InboundActivity(Channel, user, user, "Người dùng " + user, text, [], MessageId: NextId()), CancellationToken.None);

    /// <summary>/dangnhap through the conversation; returns the link the bot replied with.</summary>
    public async Task<string> SignInLinkAsync(string user = Admin)
    {
        var reply = string.Join('\n', (await SayAsync(user, "/dangnhap")).Replies.Select(r => r.Text));
        var match = LinkPattern().Match(reply);
        Assert.True(match.Success, $"No sign-in link in: {reply}");
        return match.Value;
    }

    /// <summary>A client that keeps cookies and does not follow redirects, so tests see them.</summary>
    public HttpClient Client(CookieContainer? cookies = null) =>
        new(new HttpClientHandler { CookieContainer = cookies ?? new CookieContainer(), AllowAutoRedirect = false, UseCookies = true })
        {
            BaseAddress = new Uri(BaseUrl),
        };

    /// <summary>Opens the link, presses "Đăng nhập", and returns a client holding the session cookie.</summary>
    public async Task<HttpClient> SignedInClientAsync(string user = Admin)
    {
        var client = Client();
        var response = await SignInAsync(client, await SignInLinkAsync(user));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    public static async Task<HttpResponseMessage> SignInAsync(HttpClient client, string link)
    {
        var page = await client.GetStringAsync(new Uri(link).PathAndQuery);
        var form = FormFields(page);
        return await client.PostAsync(OfficeRoutes.SignIn, new FormUrlEncodedContent(form));
    }

    /// <summary>The hidden fields of the first form on a page.</summary>
    public static Dictionary<string, string> FormFields(string html, int formIndex = 0)
    {
        var form = FormPattern().Matches(html)[formIndex].Value;
        return HiddenPattern().Matches(form).ToDictionary(m => m.Groups["name"].Value, m => WebUtility.HtmlDecode(m.Groups["value"].Value));
    }

    /// <summary>Registers <paramref name="user"/> as the unit's secretary with a real invite code.</summary>
    public async Task<string> RegisterSecretaryAsync(string unitCode, string? user = null)
    {
        user ??= "thuky-" + unitCode.ToLowerInvariant();
        var unit = await Get<UnitStore>().FindByCodeAsync(unitCode) ?? throw new InvalidOperationException(unitCode);
        var invite = await Get<InviteStore>().CreateAsync(unit.Id, TimeSpan.FromDays(14), $"{Channel}:{Admin}");
        var result = await SayAsync(user, "/dangky " + invite.Code);
        Assert.Contains("Đăng ký thành công", string.Join('\n', result.Replies.Select(r => r.Text)), StringComparison.Ordinal);
        return user;
    }

    public async Task<long> CountAsync(string table)
    {
        await using var connection = new SqliteConnection($"Data Source={DatabasePath};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT COUNT(*) FROM {table}";
        return (long)(await command.ExecuteScalarAsync())!;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is not a test failure.
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private string NextId() => Interlocked.Increment(ref _messageId).ToString(System.Globalization.CultureInfo.InvariantCulture);

    [GeneratedRegex(@"https?://\S+/vanphong/dangnhap/[A-Za-z0-9_-]+")]
    private static partial Regex LinkPattern();

    [GeneratedRegex(@"<form[^>]*>.*?</form>", RegexOptions.Singleline)]
    private static partial Regex FormPattern();

    [GeneratedRegex("<input type=\"hidden\" name=\"(?<name>[^\"]+)\" value=\"(?<value>[^\"]*)\">")]
    private static partial Regex HiddenPattern();
}
