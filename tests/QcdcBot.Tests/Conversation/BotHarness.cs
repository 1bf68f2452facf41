using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using QcdcBot.Bot.Conversation;
using QcdcBot.Scheduling;
using QcdcBot.Storage;
using QcdcBot.Storage.Conversations;
using QcdcBot.Storage.Deadlines;
using QcdcBot.Storage.Members;
using QcdcBot.Storage.Units;
using QcdcBot.Tests.Support;

namespace QcdcBot.Tests.Conversation;

/// <summary>
/// The real conversation over a real SQLite file in a temp folder, with the clock in the test's hand.
/// Everyone speaks on channel "test" in a private chat whose id is their user id; "admin" is the admin.
/// </summary>
internal sealed class BotHarness : IAsyncDisposable
{
    public const string Channel = "test";
    public const string Admin = "admin";

    /// <summary>Sunday 20/10/2024, 10:00 in Yên Bái.</summary>
    public static readonly DateTimeOffset DefaultStart = new(2024, 10, 20, 3, 0, 0, TimeSpan.Zero);

    private readonly ServiceProvider _services;
    private int _messageId;

    private BotHarness(string folder, ServiceProvider services, FakeTimeProvider time)
    {
        Folder = folder;
        _services = services;
        Time = time;
    }

    public string Folder { get; }

    public string DatabasePath => Path.Combine(Folder, "bot.db");

    public FakeTimeProvider Time { get; }

    public static string SampleUnitsPath => Path.Combine(AppContext.BaseDirectory, "Fixtures", "units.sample.csv");

    public static async Task<BotHarness> CreateAsync(DateTimeOffset? start = null, Action<BotOptions>? configure = null)
    {
        var folder = CoreServices.NewFolder("bot");
        var time = new FakeTimeProvider(start ?? DefaultStart);
        var services = CoreServices.Create(Path.Combine(folder, "bot.db"), time, o =>
        {
            o.Admins = [$"{Channel}:{Admin}"];
            configure?.Invoke(o);
        });
        var harness = new BotHarness(folder, services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true }), time);

        using var reader = new StreamReader(SampleUnitsPath);
        var imported = await harness.Get<UnitCsvImporter>().ImportAsync(reader, "test");
        Assert.True(imported.Succeeded);

        // The admin's first message records where to reach them (an audit row): done here, so that tests counting
        // rows see only what their own turn changed, and proactive messages find the admin's chat.
        await harness.SayAsync(Admin, "/trogiup");
        return harness;
    }

    public T Get<T>()
        where T : notnull => _services.GetRequiredService<T>();

    public Task<TurnResult> SayAsync(string user, string text, string? replyTo = null, bool isGroup = false) =>
        TurnAsync(new InboundActivity(Channel, user, user, Display(user), text, [], ReplyToMessageId: replyTo, IsGroup: isGroup, MessageId: NextId()));

    /// <summary>A hard-to-undo command, confirmed with "1" when the bot asks (it names the target first).</summary>
    public async Task<TurnResult> SayConfirmedAsync(string user, string text)
    {
        var first = await SayAsync(user, text);
        return first.Replies.Count > 0 && first.Last().Choices is [_, { Label: "Không" }] ? await SayAsync(user, "1") : first;
    }

    /// <summary>A button press: the channel sends back the choice's payload.</summary>
    public Task<TurnResult> PressAsync(string user, string payload) =>
        TurnAsync(new InboundActivity(Channel, user, user, Display(user), string.Empty, [], ButtonPayload: payload, MessageId: NextId()));

    /// <param name="raw">Send the bytes as they are; otherwise they are made a well-formed file of the named type (see <see cref="TestFiles"/>).</param>
    public Task<TurnResult> SendFileAsync(string user, string name, byte[] bytes, string caption = "", string? replyTo = null, long? declaredSize = null, bool raw = false) =>
        SendFilesAsync(user, [new FakeFile(name, bytes, declaredSize, raw)], caption, replyTo);

    public Task<TurnResult> SendFilesAsync(string user, IReadOnlyList<FakeFile> files, string caption = "", string? replyTo = null) =>
        TurnAsync(new InboundActivity(Channel, user, user, Display(user), caption,
            files.Select(f => f.ToAttachment()).ToList(), ReplyToMessageId: replyTo, MessageId: NextId()));

    /// <summary>Registers "thuky-code" as the unit's secretary with a real invite code, through /dangky.</summary>
    public async Task<string> RegisterSecretaryAsync(string unitCode, string? user = null)
    {
        user ??= "thuky-" + unitCode.ToLowerInvariant();
        var unit = await UnitAsync(unitCode);
        var invite = await Get<InviteStore>().CreateAsync(unit.Id, TimeSpan.FromDays(14), $"{Channel}:{Admin}");
        var result = await SayAsync(user, "/dangky " + invite.Code);
        Assert.Contains("Đăng ký thành công", result.Text(), StringComparison.Ordinal);
        return user;
    }

    /// <summary>
    /// An admin gives a deadline through /giao and the test gets the stored record. A due date on a day off is kept as
    /// typed ("2" to the day-off question), as an office would answer, so the units are told and see the deadline;
    /// <paramref name="leaveDayOffOpen"/> leaves that question open (the deadline then stays hidden from the units).
    /// </summary>
    public async Task<Deadline> AssignAsync(string arguments, bool leaveDayOffOpen = false)
    {
        var before = (await Get<DeadlineStore>().ListAsync(includeClosed: true)).Select(d => d.Id).ToHashSet();
        var result = await SayAsync(Admin, "/giao " + arguments);
        if (!leaveDayOffOpen && result.Text().Contains("Dời sang ngày làm việc liền trước", StringComparison.Ordinal))
        {
            await SayAsync(Admin, "2");
        }

        var created = (await Get<DeadlineStore>().ListAsync(includeClosed: true)).Where(d => !before.Contains(d.Id)).ToList();
        Assert.True(created.Count == 1, $"Expected one new deadline, reply was: {result.Text()}");
        return created[0];
    }

    public async Task<Unit> UnitAsync(string code) =>
        await Get<UnitStore>().FindByCodeAsync(code) ?? throw new InvalidOperationException($"No unit {code} in the sample.");

    /// <summary>The ids of the units whose codes are given ("NHNN SYT"), in id order as a deadline stores them.</summary>
    public async Task<List<long>> UnitIdsAsync(string codes)
    {
        var ids = new List<long>();
        foreach (var code in codes.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            ids.Add((await UnitAsync(code)).Id);
        }

        return [.. ids.Order()];
    }

    /// <summary>Says a message about a deadline was sent to this chat, so replying to it names that deadline.</summary>
    public async Task<string> LinkMessageAsync(string user, long deadlineId)
    {
        var id = "bot-" + NextId();
        await Get<MessageLinkStore>().AddAsync(Channel, user, id, deadlineId);
        return id;
    }

    public async Task<long> CountAsync(string table)
    {
        await using var connection = new SqliteConnection($"Data Source={DatabasePath};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT COUNT(*) FROM {table}";
        return (long)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>Rows in every table a refused message must not touch.</summary>
    public async Task<(long Submissions, long Files, long StoredFiles, long Deadlines, long Audit, long Statuses, long Extensions)> SnapshotAsync() =>
        (await CountAsync("submissions"), await CountAsync("submission_files"), await CountAsync("stored_files"), await CountAsync("deadlines"),
            await CountAsync("audit_log"), await CountAsync("status_notes"), await CountAsync("extension_requests"));

    /// <summary>Local time in Yên Bái (UTC+7).</summary>
    public void SetLocalTime(int year, int month, int day, int hour, int minute) =>
        Time.SetUtcNow(new DateTimeOffset(year, month, day, hour, minute, 0, TimeSpan.FromHours(7)));

    public ValueTask DisposeAsync() => CoreServices.DisposeAsync(_services, Folder);

    private static string Display(string user) => user == Admin ? "Ban Tuyên giáo" : "Thư ký " + user;

    private string NextId() => Interlocked.Increment(ref _messageId).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private Task<TurnResult> TurnAsync(InboundActivity activity) => Get<ConversationBot>().OnTurnAsync(activity, CancellationToken.None);
}

/// <summary>A file as a channel announces it; records whether its bytes were fetched.</summary>
/// <param name="raw">Keep the bytes as they are; otherwise they become a well-formed file of the named type carrying them.</param>
internal sealed class FakeFile(string name, byte[] payload, long? declaredSize = null, bool raw = false)
{
    private readonly byte[] _bytes = raw ? payload : TestFiles.WellFormed(name, payload);

    public int Fetches { get; private set; }

    public InboundAttachment ToAttachment() => new(name, string.Empty, declaredSize ?? _bytes.LongLength, _ =>
    {
        Fetches++;
        return Task.FromResult(_bytes);
    });
}

internal static class TurnResultExtensions
{
    /// <summary>Every reply's text, one after the other.</summary>
    public static string Text(this TurnResult result) => string.Join("\n---\n", result.Replies.Select(r => r.Text));

    public static OutboundMessage Last(this TurnResult result) => Assert.IsType<OutboundMessage>(result.Replies[^1]);
}
