using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using QcdcBot.Bot.Channels;
using QcdcBot.Bot.Channels.Telegram;
using QcdcBot.Bot.Conversation;
using QcdcBot.Bot.Delivery;
using QcdcBot.Bot.Digest;
using QcdcBot.Scheduling;
using QcdcBot.Scheduling.Digests;
using QcdcBot.Storage;
using QcdcBot.Storage.Units;
using QcdcBot.Tests.Support;

namespace QcdcBot.Tests.Digest;

/// <summary>
/// The digest over a real SQLite file with the clock in the test's hand: the 77 sample units (or any units), admin
/// "test:admin", leader "test:leader", Telegram leadership chats from config and the store, and optionally
/// leadership chats on the 2000-character "test" channel.
/// </summary>
internal sealed class DigestHarness : IAsyncDisposable
{
    public const string Admin = "test:admin";
    public const string Leader = "test:leader";

    private readonly string _folder;

    private DigestHarness(string folder, FakeTimeProvider time, ServiceProvider services)
    {
        _folder = folder;
        Time = time;
        Services = services;
    }

    public FakeTimeProvider Time { get; }

    public ServiceProvider Services { get; }

    private string DatabasePath => Path.Combine(_folder, "qcdc.db");

    /// <param name="start">The clock's start (UTC).</param>
    /// <param name="telegramChats">Telegram leadership chat ids from <c>Telegram:LeadershipChatIds</c>.</param>
    /// <param name="testChats">Leadership chats on the "test" channel (limit: the 2000-character default).</param>
    /// <param name="listMissing"><c>Digest:ListMissingUnits</c>.</param>
    /// <param name="units">Units to import instead of the 77 sample units.</param>
    public static async Task<DigestHarness> CreateAsync(
        DateTimeOffset start, IReadOnlyList<string>? telegramChats = null, IReadOnlyList<string>? testChats = null, bool listMissing = true,
        IReadOnlyList<UnitRow>? units = null, Action<BotOptions>? bot = null)
    {
        var folder = CoreServices.NewFolder("digest");
        var time = new FakeTimeProvider(start);
        var services = CoreServices.Create(Path.Combine(folder, "qcdc.db"), time, o =>
            {
                o.Admins = [Admin];
                o.Leaders = [Leader];
                bot?.Invoke(o);
            })
            .Configure<DigestOptions>(o => o.ListMissingUnits = listMissing)
            .Configure<TelegramOptions>(o => o.LeadershipChatIds = [.. telegramChats ?? []])
            // What the Telegram channel registers, without a bot token or a network.
            .AddSingleton<TelegramLeadershipChats>()
            .AddSingleton<ILeadershipChatSource>(sp => sp.GetRequiredService<TelegramLeadershipChats>())
            .AddSingleton<ILeadershipChatSource>(new TestLeadershipChats(testChats ?? []))
            .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
        var harness = new DigestHarness(folder, time, services);
        if (units is null)
        {
            using var reader = new StreamReader(Path.Combine(AppContext.BaseDirectory, "Fixtures", "units.sample.csv"));
            Assert.True((await harness.Get<UnitCsvImporter>().ImportAsync(reader, "test")).Succeeded);
        }
        else
        {
            await harness.Get<UnitStore>().UpsertAsync(units, "test");
        }

        return harness;
    }

    public T Get<T>()
        where T : notnull => Services.GetRequiredService<T>();

    public Task PublishAsync() => Get<IDigestPublisher>().PublishWeeklyAsync(CancellationToken.None);

    public Task<TurnResult> SayAsync(string user, string text) =>
        Get<ConversationBot>().OnTurnAsync(new InboundActivity("test", user[(user.IndexOf(':', StringComparison.Ordinal) + 1)..], user[(user.IndexOf(':', StringComparison.Ordinal) + 1)..], user, text, []), CancellationToken.None);

    /// <summary>Local time in Yên Bái (UTC+7).</summary>
    public void SetLocalTime(int year, int month, int day, int hour, int minute) =>
        Time.SetUtcNow(new DateTimeOffset(year, month, day, hour, minute, 0, TimeSpan.FromHours(7)));

    /// <summary>Every queued message, oldest first.</summary>
    public async Task<IReadOnlyList<QueuedMessage>> OutboxAsync()
    {
        await using var connection = new SqliteConnection($"Data Source={DatabasePath};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT channel, chat_id, body, dedupe_key FROM outbox ORDER BY id";
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<QueuedMessage>();
        while (await reader.ReadAsync())
        {
            rows.Add(new QueuedMessage(reader.GetString(0), reader.GetString(1), OutboxBody.FromJson(reader.GetString(2)).Text, reader.IsDBNull(3) ? null : reader.GetString(3)));
        }

        return rows;
    }

    public ValueTask DisposeAsync() => CoreServices.DisposeAsync(Services, _folder);

    private sealed class TestLeadershipChats(IReadOnlyList<string> chats) : ILeadershipChatSource
    {
        public Task<IReadOnlyList<ConversationReference>> LeadershipChatsAsync(CancellationToken ct) =>
            Task.FromResult<IReadOnlyList<ConversationReference>>(chats.Select(c => new ConversationReference("test", c, null)).ToList());
    }
}

internal sealed record QueuedMessage(string Channel, string ChatId, string Text, string? DedupeKey);
