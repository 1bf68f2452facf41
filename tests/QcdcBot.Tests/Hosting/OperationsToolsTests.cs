using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using QcdcBot.Bot.Hosting;
using QcdcBot.Bot.Hosting.Tools;
using QcdcBot.Storage.Submissions;
using QcdcBot.Tests.Support;
using QcdcBot.Tests.Telegram;

namespace QcdcBot.Tests.Hosting;

/// <summary>backup, restore and doctor, run as the office runs them, against a real bot on the fake Bot API.</summary>
public sealed class OperationsToolsTests : IAsyncLifetime
{
    private FakeBotApi _api = null!;
    private BotTestHost _bot = null!;

    private string Store => Path.Combine(_bot.Folder, "qcdcbot.db");

    public async Task InitializeAsync()
    {
        _api = await FakeBotApi.StartAsync();
        _bot = new BotTestHost(Telegram());
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _api.DisposeAsync();
    }

    [Fact]
    public async Task A_backup_taken_while_the_bot_writes_is_whole_is_refused_onto_the_running_bot_and_restores_once_it_stopped()
    {
        await _bot.StartAsync();
        var backup = Path.Combine(_bot.Folder, "saoluu", "qcdcbot-backup.db");
        using var stop = new CancellationTokenSource();
        var written = new List<string>();
        var writer = Task.Run(async () =>
        {
            var store = _bot.Get<SubmissionStore>();
            for (var i = 0; !stop.IsCancellationRequested || i < 20; i++)
            {
                written.Add(await store.PutFileAsync(System.Text.Encoding.UTF8.GetBytes($"báo cáo số {i} " + new string('x', i % 500))));
            }
        });

        while (written.Count < 20)
        {
            await Task.Delay(10);
        }

        var backedUp = await RunAsync("backup", "--out", backup);
        await stop.CancelAsync();
        await writer;

        Assert.Equal(0, backedUp.Exit);
        Assert.Contains("kiểm tra toàn vẹn ok", backedUp.Output, StringComparison.Ordinal);
        var copy = await StoreCheck.RunAsync(backup, default);
        Assert.True(copy.IsHealthy);
        Assert.InRange(copy.Rows["stored_files"], 20, written.Count);
        Assert.Equal(77, copy.Rows["units"]);

        var refused = await RunAsync("restore", "--from", backup);
        Assert.Equal(1, refused.Exit);
        Assert.Contains("Bot đang chạy", refused.Output, StringComparison.Ordinal);
        Assert.Equal(written.Count, (await StoreCheck.RunAsync(Store, default)).Rows["stored_files"]);

        await _bot.StopAsync();
        SqliteConnection.ClearAllPools();
        var restored = await RunAsync("restore", "--from", backup);

        Assert.Equal(0, restored.Exit);
        Assert.Equal(copy.Rows, (await StoreCheck.RunAsync(Store, default)).Rows);
        Assert.Single(Directory.GetFiles(_bot.Folder, "qcdcbot.db.before-restore-*"));
        await _bot.StartAsync(seedUnits: false);
        Assert.NotNull(await _bot.Get<SubmissionStore>().ReadFileAsync(written[0]));
    }

    [Fact]
    public async Task A_second_bot_on_the_same_store_stops_at_start()
    {
        await _bot.StartAsync();
        await using var second = new BotTestHost(new Dictionary<string, string?>(Telegram()) { ["Storage:Path"] = Store });

        var refused = await Assert.ThrowsAsync<StoreInUseException>(() => second.StartAsync(seedUnits: false));

        Assert.Contains("Another QcdcBot is already running", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Doctor_passes_a_good_setup_and_names_the_channel_and_the_store()
    {
        var (exit, output) = await RunAsync("doctor");

        Assert.Equal(0, exit);
        Assert.Contains("✔ Cài đặt / settings", output, StringComparison.Ordinal);
        Assert.Contains("✔ Cơ sở dữ liệu / store", output, StringComparison.Ordinal);
        Assert.Contains($"✔ Telegram getMe: @{FakeBotApi.Username}", output, StringComparison.Ordinal);
        Assert.DoesNotContain("✘", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Doctor_fails_with_what_to_fix_for_a_wrong_token_a_bad_setting_and_an_unreachable_webhook()
    {
        var wrongToken = await RunWithAsync(new() { ["Telegram:Token"] = "123456:WRONG-token" }, "doctor");
        var noSecret = await RunWithAsync(new() { ["Telegram:Mode"] = "Webhook" }, "doctor");
        var noChannel = await RunWithAsync(new() { ["Telegram:Token"] = null, ["LocalChat:DemoDatabasePath"] = Path.Combine(_bot.Folder, "demo.db") }, "doctor");
        var unreachable = await RunWithAsync(new()
        {
            ["Telegram:Mode"] = "Webhook", ["Telegram:WebhookSecret"] = "s3cret_value", ["Telegram:WebhookUrl"] = "http://127.0.0.1:9/telegram/webhook",
        }, "doctor");

        Assert.Equal(1, wrongToken.Exit);
        Assert.Contains("@BotFather", wrongToken.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("WRONG-token", wrongToken.Output, StringComparison.Ordinal);
        Assert.Equal(1, noSecret.Exit);
        Assert.Contains("Telegram:WebhookSecret", noSecret.Output, StringComparison.Ordinal);
        Assert.Equal(1, noChannel.Exit);
        Assert.Contains("✘ Kênh / channels", noChannel.Output, StringComparison.Ordinal);
        Assert.Equal(1, unreachable.Exit);
        Assert.Contains("✘ Telegram webhook URL", unreachable.Output, StringComparison.Ordinal);
        Assert.Contains("✘ Telegram webhook:", unreachable.Output, StringComparison.Ordinal);
    }

    private Dictionary<string, string?> Telegram() => new()
    {
        ["Telegram:Token"] = FakeBotApi.Token,
        ["Telegram:ApiBaseUrl"] = _api.BaseUrl,
        ["Telegram:PollTimeout"] = "00:00:01",
        ["Telegram:RetryBaseDelay"] = "00:00:00.020",
        ["Telegram:RetryMaxDelay"] = "00:00:00.050",
        ["Telegram:MaxAttempts"] = "2",
    };

    private Task<(int Exit, string Output)> RunAsync(params string[] args) => RunWithAsync([], args);

    /// <summary>A tool run with the bot's settings, <paramref name="overrides"/> on top (as the environment would set them).</summary>
    private async Task<(int Exit, string Output)> RunWithAsync(Dictionary<string, string?> overrides, params string[] args)
    {
        using var output = new StringWriter();
        var settings = new Dictionary<string, string?>(Telegram()) { ["Storage:Path"] = Store, ["Logging:LogLevel:Default"] = "None" };
        foreach (var (key, value) in overrides)
        {
            settings[key] = value;
        }

        var exit = await CommandLineTools.RunAsync(args, output, b => b.Configuration.AddInMemoryCollection(settings));
        return (exit, output.ToString());
    }
}
