using QcdcBot.Bot.Conversation;
using QcdcBot.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;
using QcdcBot.Bot.Delivery;
using QcdcBot.Bot.Reminders;
using QcdcBot.Scheduling.Reminders;
using QcdcBot.Scheduling.Delivery;
using QcdcBot.Scheduling.Tallies;
using QcdcBot.Storage.Database;
using QcdcBot.Storage.Deadlines;
using QcdcBot.Storage.Statuses;
using QcdcBot.Storage.Units;
using static QcdcBot.Tests.Reminders.ReminderHarness;

namespace QcdcBot.Tests.Reminders;

/// <summary>The real reminder texts and outbox items, over the harness's SQLite file and fake clock.</summary>
public sealed class ReminderComposerTests : IDisposable
{
    private readonly ReminderHarness _h = new();
    private readonly ReminderComposer _composer;

    public ReminderComposerTests()
    {
        _composer = new ReminderComposer(new OutboxWriter(_h.Outbox, _h.Submissions, new OutboxSignal(_h.Time)), new FixedOptions<BotOptions>(new BotOptions()), _h.Clock);
    }

    private const string Office = "Ban Tuyên giáo";

    public void Dispose() => _h.Dispose();

    [Theory]
    [InlineData(17, "Còn 3 ngày (hạn Thứ Sáu, 20/3/2026).")]
    [InlineData(19, "Hạn là ngày mai, Thứ Sáu, 20/3/2026.")]
    [InlineData(20, "Hôm nay (Thứ Sáu, 20/3/2026) là hạn cuối.")]
    [InlineData(22, "Đã quá hạn 2 ngày (hạn Thứ Sáu, 20/3/2026).")]
    public async Task The_text_says_the_time_left_in_words_with_the_weekday(int today, string expected)
    {
        var (unit, deadline) = await ArrangeAsync(D(3, 20));

        var text = ReminderComposer.ReminderText(Notice(deadline, unit, D(3, today)), Office);

        Assert.Equal(
            $"⏰ Nhắc việc #{deadline.Id}: Báo cáo sơ kết\nĐơn vị: {unit.Name}\n{expected}\n" +
            $"Nộp: gửi tệp cho bot hoặc chọn một mục bên dưới. Đơn vị có nhiều việc thì ghi kèm mã #{deadline.Id} (ví dụ: #{deadline.Id} đang làm).",
            text);
    }

    [Fact]
    public async Task A_due_date_on_a_weekend_is_named_by_its_weekday()
    {
        var (unit, deadline) = await ArrangeAsync(D(3, 22));

        Assert.Contains("Còn 3 ngày (hạn Chủ nhật, 22/3/2026).", ReminderComposer.ReminderText(Notice(deadline, unit, D(3, 19)), Office), StringComparison.Ordinal);
        Assert.Contains("Hạn là ngày mai, Chủ nhật, 22/3/2026.", ReminderComposer.ReminderText(Notice(deadline, unit, D(3, 21)), Office), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("SentOnPaper", null, "Đơn vị báo đã gửi bản giấy; Ban Tuyên giáo sẽ ghi nhận khi nhận được.")]
    [InlineData("SentViaIOffice", "123-BC/ĐU", "Đơn vị báo đã gửi qua iOffice số 123-BC/ĐU; Ban Tuyên giáo sẽ ghi nhận khi nhận được.")]
    public async Task A_unit_that_said_it_sent_on_paper_is_told_the_office_records_it_on_receipt(string state, string? reference, string expected)
    {
        var (unit, deadline) = await ArrangeAsync(D(3, 20));
        var status = new StatusNote(1, unit.Id, deadline.Id, Enum.Parse<StatusState>(state), "đã gửi", reference, _h.Time.GetUtcNow(), "test");

        var text = ReminderComposer.ReminderText(Notice(deadline, unit, D(3, 17), status), Office);

        Assert.Contains("\n" + expected + "\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_unit_that_is_only_working_on_it_gets_no_paper_note()
    {
        var (unit, deadline) = await ArrangeAsync(D(3, 20));
        var status = new StatusNote(1, unit.Id, deadline.Id, StatusState.InProgress, "đang làm", null, _h.Time.GetUtcNow(), "test");

        Assert.DoesNotContain("ghi nhận", ReminderComposer.ReminderText(Notice(deadline, unit, D(3, 17), status), Office), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Each_recipient_gets_one_item_about_the_deadline_with_the_quick_replies_and_its_own_dedupe_key()
    {
        var (unit, deadline) = await ArrangeAsync(D(3, 20));
        var second = await _h.Members.RememberAsync("telegram", "7777", "7777", "Phó bí thư", QcdcBot.Storage.Members.MemberRole.Secretary);
        var recipients = (await _h.Members.AllAsync()).Where(m => m.UnitId == unit.Id || m.Id == second.Id).ToList();

        var items = await _composer.ComposeReminderAsync(Notice(deadline, unit, D(3, 17)), recipients, CancellationToken.None);

        Assert.Equal(recipients.Select(m => m.ChatId), items.Select(i => i.ChatId));
        Assert.Equal(items.Count, items.Select(i => i.DedupeKey).Distinct().Count());
        Assert.All(items, item =>
        {
            Assert.Equal("telegram", item.Channel);
            var body = OutboxBody.FromJson(item.BodyJson);
            Assert.Equal(deadline.Id, body.AboutDeadlineId);
            Assert.Equal(["Nộp file", "Đang làm", "Đã gửi bản giấy", "Xin gia hạn"], body.Choices.Select(c => c.Label));
            Assert.Contains("Còn 3 ngày", body.Text, StringComparison.Ordinal);
            Assert.Null(body.Document);
        });
    }

    [Fact]
    public async Task Through_the_sweep_every_reachable_member_of_the_unit_gets_the_reminder_once()
    {
        _h.At(D(3, 2), 9);
        var units = await _h.AddUnitsAsync(2);
        var unit = units[0];
        // A second reachable member of the same unit and a third who blocked the bot.
        await _h.Database.InTransactionAsync(async (c, t) =>
        {
            foreach (var (id, reachable) in new[] { ("5001", 1), ("5002", 0) })
            {
                await c.ExecuteAsync(
                    "INSERT INTO members (unit_id, channel, user_id, chat_id, display_name, role, reachable, bound_at) VALUES ($u, 'telegram', $id, $id, 'Phó bí thư', 'secretary', $r, $now)",
                    t, CancellationToken.None, ("$u", unit.Id), ("$id", id), ("$r", reachable), ("$now", _h.Time.GetUtcNow()));
            }
        });
        var deadline = await _h.CreateDeadlineAsync(D(3, 20));
        var sweep = new ReminderSweep(_h.Tallies, _h.Deadlines, _h.Policy, _h.Ledger, _h.Fanouts, _h.Settings, _h.Members, _composer, _h.Calendar, _h.Clock, NullLogger<ReminderSweep>.Instance);

        _h.At(D(3, 17), 9);
        await sweep.RunAsync();
        await sweep.RunAsync();

        var rows = (await _h.Outbox.AllAsync()).ToList();
        var secretary = (1000 + unit.Id).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var toUnit = rows.Where(r => r.ChatId is "5001" or "5002" || r.ChatId == secretary).Select(r => r.ChatId).ToHashSet();
        Assert.Equal(new HashSet<string> { secretary, "5001" }, toUnit);
        Assert.Equal(3, rows.Count); // two for the first unit, one for the second
        Assert.Equal(rows.Count, rows.Select(r => r.DedupeKey).Distinct().Count());
        Assert.All(rows, r => Assert.Contains("Còn 3 ngày (hạn Thứ Sáu, 20/3/2026).", OutboxBody.FromJson(r.BodyJson).Text, StringComparison.Ordinal));
        Assert.All(rows, r => Assert.Equal(deadline.Id, OutboxBody.FromJson(r.BodyJson).AboutDeadlineId));
    }

    private async Task<(Unit Unit, Deadline Deadline)> ArrangeAsync(DateOnly due)
    {
        _h.At(D(3, 2), 9);
        var unit = (await _h.AddUnitsAsync(1))[0];
        return (unit, await _h.CreateDeadlineAsync(due));
    }

    [Fact]
    public async Task An_overdue_reminder_says_the_units_own_extension_request_is_waiting_for_the_office()
    {
        var (unit, deadline) = await ArrangeAsync(D(3, 20));
        await _h.Extensions.CreateAsync(unit.Id, deadline.Id, D(3, 27), "chờ lãnh đạo ký", "test");
        _h.At(D(3, 22), 8);
        var standing = (await _h.Tallies.ForDeadlineAsync(deadline)).Units.Single(u => u.Unit.Id == unit.Id);
        var slot = new ReminderSlot("after-2", $"after-2@{deadline.DueDate:yyyy-MM-dd}", ReminderSlotKind.Overdue, 2, D(3, 22), default);

        var text = ReminderComposer.ReminderText(new ReminderNotice(deadline, standing, slot, D(3, 22)), Office);

        Assert.Contains("Đã quá hạn 2 ngày (hạn Thứ Sáu, 20/3/2026).\nĐề nghị gia hạn của đơn vị (đến 27/3/2026) đang chờ Ban Tuyên giáo duyệt; khi chưa được duyệt, hạn vẫn như trên.", text, StringComparison.Ordinal);
    }

    private static ReminderNotice Notice(Deadline deadline, Unit unit, DateOnly today, StatusNote? status = null)
    {
        var slot = new ReminderSlot("before-3", $"before-3@{deadline.DueDate:yyyy-MM-dd}", ReminderSlotKind.Before, 3, today, default);
        return new ReminderNotice(deadline, new UnitStanding(unit, deadline.DueDate, false, null, null, status), slot, today);
    }
}
