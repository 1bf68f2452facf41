using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using QcdcBot.Scheduling.Reminders;
using QcdcBot.Storage.Delivery;
using QcdcBot.Storage.Database;
using QcdcBot.Storage.Reminders;
using QcdcBot.Storage.Statuses;
using QcdcBot.Storage.Submissions;
using QcdcBot.Storage.Units;
using QcdcBot.Tests.Support;

namespace QcdcBot.Tests.Telegram;

/// <summary>Reminders end to end: the sweep in the real host, the outbox and dispatcher, the fake Bot API, and the answers.</summary>
public sealed class TelegramReminderTests(Xunit.Abstractions.ITestOutputHelper output) : IAsyncLifetime
{
    private const long Secretary = 2101;

    /// <summary>Tuesday 16/3/2027, 07:00 in Yên Bái: a deadline made now and due Friday 19/3 has its before-3 slot at 08:00 today.</summary>
    private static readonly DateTimeOffset Start = new(2027, 3, 16, 7, 0, 0, TimeSpan.FromHours(7));

    private readonly JumpingClock _clock = new(Start);
    private FakeBotApi _api = null!;

    public async Task InitializeAsync() => _api = await FakeBotApi.StartAsync();

    public async Task DisposeAsync() => await _api.DisposeAsync();

    [Fact]
    public async Task A_reminder_arrives_with_buttons_an_answer_to_it_is_about_its_deadline_and_the_ledger_sends_each_slot_once()
    {
        await using var host = Host();
        await host.StartAsync();
        var unit = await Seed.SecretaryAsync(host, Secretary);
        var deadline = await Seed.DeadlineAsync(host, "Báo cáo sơ kết QCDC quý I", new DateOnly(2027, 3, 19));
        var other = await Seed.DeadlineAsync(host, "Kế hoạch QCDC năm 2028", new DateOnly(2027, 4, 30));
        var sweep = host.Get<ReminderSweep>();

        // 09:00: before-3 is due. Only NHNN has someone bound; no admin is reachable, so nobody else hears anything.
        _clock.JumpTo(Start.AddHours(2));
        Assert.Equal(1, (await sweep.RunAsync()).Reminded);
        Assert.Equal(0, (await sweep.RunAsync()).Reminded);

        var reminder = await _api.WaitForMessageAsync(Secretary, "Nhắc việc");
        Assert.Equal(
            $"⏰ Nhắc việc #{deadline.Id}: Báo cáo sơ kết QCDC quý I\nĐơn vị: Đảng bộ Ngân hàng Nhà nước\nCòn 3 ngày (hạn Thứ Sáu, 19/3/2027).\n" +
            $"Nộp: gửi tệp cho bot hoặc chọn một mục bên dưới. Đơn vị có nhiều việc thì ghi kèm mã #{deadline.Id} (ví dụ: #{deadline.Id} đang làm).",
            reminder.Body["text"]!.GetValue<string>());
        var buttons = reminder.Body["reply_markup"]!["inline_keyboard"]!.AsArray().SelectMany(row => row!.AsArray()).Select(b => b!.AsObject()).ToList();
        Assert.Equal(["Nộp file", "Đang làm", "Đã gửi bản giấy", "Xin gia hạn"], buttons.Select(b => b["text"]!.GetValue<string>()));
        var reminderId = reminder.Result!["message_id"]!.GetValue<long>();

        // "Đang làm" on the reminder: a status on that deadline (not the other open one), and reminders go on.
        var pressed = reminder.Result!.AsObject().DeepClone().AsObject();
        pressed["reply_markup"] = reminder.Body["reply_markup"]!.DeepClone();
        _api.Enqueue(Updates.Callback(Secretary, pressed, buttons.Single(b => b["text"]!.GetValue<string>() == "Đang làm")["callback_data"]!.GetValue<string>()));
        await _api.WaitForMessageAsync(Secretary, "Đã ghi nhận");
        Assert.Equal(StatusState.InProgress, (await host.Get<StatusNoteStore>().LatestForDeadlineAsync(deadline.Id))[unit.Id].State);
        Assert.Empty(await host.Get<StatusNoteStore>().LatestForDeadlineAsync(other.Id));

        _clock.JumpTo(new DateTimeOffset(2027, 3, 18, 9, 0, 0, TimeSpan.FromHours(7)));
        Assert.Equal(1, (await sweep.RunAsync()).Reminded);
        await _api.WaitForMessageAsync(Secretary, "Hạn là ngày mai");

        // A file sent as a reply to the first reminder is a submission for its deadline, without asking which.
        _api.AddFile("bc-q1", TestFiles.WellFormed("bao-cao-quy-1.docx", [7, 7, 7]));
        _api.Enqueue(Updates.AsReplyTo(Updates.Document(Secretary, "bc-q1", "bao-cao-quy-1.docx", 3), Secretary, reminderId));
        await _api.WaitForMessageAsync(Secretary, "Biên nhận số");
        Assert.NotNull(await host.Get<SubmissionStore>().LatestAsync(unit.Id, deadline.Id));
        Assert.Null(await host.Get<SubmissionStore>().LatestAsync(unit.Id, other.Id));

        // Due day: the unit has submitted, so nothing more; and nothing was ever sent twice.
        _clock.JumpTo(new DateTimeOffset(2027, 3, 19, 9, 0, 0, TimeSpan.FromHours(7)));
        Assert.Equal(0, (await sweep.RunAsync()).Reminded);
        Assert.Equal(
            ["before-3@2027-03-19", "before-1@2027-03-19"],
            (await host.Get<ReminderLedgerStore>().ForDeadlineAsync(deadline.Id)).Where(e => e.UnitId == unit.Id).Select(e => e.Slot));
        await WaitUntilDeliveredAsync(host);
        Assert.Equal(2, _api.CallsTo("sendMessage").Count(c => c.Result is not null && c.Body["text"]!.GetValue<string>().StartsWith("⏰ Nhắc việc", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_fan_out_to_500_units_stays_within_the_flood_limits_and_every_message_arrives_once()
    {
        // Telegram's shape at a faster overall rate, so 500 messages take about two seconds instead of seventeen;
        // the bot's limiter and the fake's enforcement use the same numbers.
        const int perSecond = 250;
        _api.RateLimits = new FakeRateLimits(perSecond);
        await using var host = Host(new Dictionary<string, string?>
        {
            ["Dispatch:Telegram:PerSecond"] = perSecond.ToString(CultureInfo.InvariantCulture),
            ["Dispatch:Telegram:PerChatPerSecond"] = "1",
            ["Dispatch:Telegram:PerGroupPerMinute"] = "20",
            ["Dispatch:BatchSize"] = "100",
        });
        await host.StartAsync(seedUnits: false);
        var chats = await AddBoundUnitsAsync(host, 500);
        await Seed.DeadlineAsync(host, "Báo cáo sơ kết QCDC quý I", new DateOnly(2027, 3, 19));

        // Any send is held until the sweep has written all 500, so the dispatcher then has the whole backlog and only
        // its rate limiter sets the pace (otherwise the sweep's own writing speed could).
        var release = new TaskCompletionSource();
        _api.Inject("sendMessage", new Fault.Hang(release));
        _clock.JumpTo(Start.AddHours(2));
        Assert.Equal(500, (await host.Get<ReminderSweep>().RunAsync()).Reminded);
        release.SetResult();
        await WaitUntilDeliveredAsync(host, TimeSpan.FromSeconds(20));

        var delivered = _api.CallsTo("sendMessage").Where(c => c.Result is not null).ToList();
        Assert.Equal(0, _api.RateLimited);
        Assert.Equal(chats.Order(), delivered.Select(c => c.Body["chat_id"]!.GetValue<long>()).Order());
        Assert.All(await host.Get<OutboxStore>().AllAsync(), m => Assert.Equal(OutboxState.Sent, m.State));
        output.WriteLine($"500 messages arrived over {delivered.Max(c => c.At) - delivered.Min(c => c.At)} at most {perSecond}/s");
    }

    [Fact]
    public async Task A_reminder_whose_deadline_link_cannot_be_written_after_it_went_out_is_recorded_as_sent_and_not_sent_again()
    {
        await using var host = Host();
        await host.StartAsync();
        await Seed.SecretaryAsync(host, Secretary);
        await Seed.DeadlineAsync(host, "Báo cáo sơ kết QCDC quý I", new DateOnly(2027, 3, 19));
        // The store refuses the reply link (as a fault would) only once the message has reached Telegram.
        await host.Get<SqliteDatabase>().InTransactionAsync((c, t) => c.ExecuteAsync(
            "CREATE TRIGGER refuse_links BEFORE INSERT ON message_links BEGIN SELECT RAISE(ABORT, 'disk I/O error'); END", t, CancellationToken.None));

        _clock.JumpTo(Start.AddHours(2));
        Assert.Equal(1, (await host.Get<ReminderSweep>().RunAsync()).Reminded);
        await WaitUntilDeliveredAsync(host);

        Assert.Equal(OutboxState.Sent, Assert.Single(await host.Get<OutboxStore>().AllAsync(), m => m.ChatId == Secretary.ToString(CultureInfo.InvariantCulture)).State);
        Assert.Single(_api.CallsTo("sendMessage"), c => c.Result is not null && c.Body["text"]!.GetValue<string>().StartsWith("⏰ Nhắc việc", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_fake_refuses_a_burst_over_its_limits_with_retry_after()
    {
        _api.RateLimits = new FakeRateLimits(PerSecond: 5);
        using var http = new HttpClient();

        async Task<JsonObject> SendAsync(long chat) =>
            JsonNode.Parse(await (await http.PostAsync(
                $"{_api.BaseUrl}/bot{FakeBotApi.Token}/sendMessage",
                new StringContent($$"""{"chat_id":{{chat}},"text":"x"}""", System.Text.Encoding.UTF8, "application/json"))).Content.ReadAsStringAsync())!.AsObject();

        var answers = new List<JsonObject>();
        for (var chat = 1; chat <= 7; chat++)
        {
            answers.Add(await SendAsync(chat));
        }

        var sameChat = await SendAsync(1);

        // Five a second, plus the one the fake allows for a send held up in flight.
        Assert.Equal(6, answers.Count(a => a["ok"]!.GetValue<bool>()));
        var refused = Assert.Single(answers, a => !a["ok"]!.GetValue<bool>());
        Assert.Equal(429, refused["error_code"]!.GetValue<int>());
        Assert.True(refused["parameters"]!["retry_after"]!.GetValue<int>() >= 1);
        Assert.Equal(429, sameChat["error_code"]!.GetValue<int>());
        Assert.Equal(2, _api.RateLimited);
    }

    private TelegramTestHost Host(Dictionary<string, string?>? extra = null)
    {
        var settings = new Dictionary<string, string?>(extra ?? [])
        {
            // The test runs the sweep itself: the cron must not fire on its own (next firing in 2099).
            ["Reminders:SweepCron"] = "0 0 0 1 1 ? 2099",
        };
        return new TelegramTestHost(_api, settings, services => services.AddSingleton<TimeProvider>(_clock));
    }

    /// <summary>Units U001… each with a bound secretary in a private chat; returns the chat ids.</summary>
    private static async Task<IReadOnlyList<long>> AddBoundUnitsAsync(TelegramTestHost host, int count)
    {
        var rows = Enumerable.Range(1, count).Select(i => new UnitRow($"U{i:D3}", $"Chi bộ U{i:D3}", UnitKind.ChiBo, [])).ToList();
        await host.Get<UnitStore>().UpsertAsync(rows, "test");
        var units = await host.Get<UnitStore>().AllAsync();
        var chats = units.Select(u => 500_000 + u.Id).ToList();
        // One transaction: binding 500 units through invite codes proves nothing more here.
        await host.Get<SqliteDatabase>().InTransactionAsync(async (c, t) =>
        {
            foreach (var unit in units)
            {
                var id = (500_000 + unit.Id).ToString(CultureInfo.InvariantCulture);
                await c.ExecuteAsync(
                    "INSERT INTO members (unit_id, channel, user_id, chat_id, display_name, role, reachable, bound_at) VALUES ($u, 'telegram', $id, $id, $name, 'secretary', 1, '2027-03-01T00:00:00.0000000Z')",
                    t, CancellationToken.None, ("$u", unit.Id), ("$id", id), ("$name", "Bí thư " + unit.Code));
            }
        });
        return chats;
    }

    private static async Task WaitUntilDeliveredAsync(TelegramTestHost host, TimeSpan? timeout = null)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while ((await host.Get<OutboxStore>().AllAsync()).Any(m => m.State == OutboxState.Pending))
        {
            Assert.True(waited.Elapsed < (timeout ?? TimeSpan.FromSeconds(10)), "the outbox was not delivered in time");
            await Task.Delay(50);
        }
    }
}
