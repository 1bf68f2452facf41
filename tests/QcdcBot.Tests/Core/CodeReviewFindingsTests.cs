using QcdcBot.Bot.Conversation;
using QcdcBot.Bot.Conversation.Submissions;
using QcdcBot.Storage.Delivery;
using QcdcBot.Storage.Submissions;
using QcdcBot.Tests.Conversation;
using QcdcBot.Tests.Reminders;

namespace QcdcBot.Tests.Core;

/// <summary>What a reliability review of the code found, each pinned down.</summary>
public sealed class CodeReviewFindingsTests
{
    [Fact]
    public async Task A_file_sent_before_midnight_is_on_time_even_when_its_deadline_is_chosen_after_midnight()
    {
        await using var bot = await BotHarness.CreateAsync();
        bot.SetLocalTime(2024, 10, 20, 10, 0);
        await bot.AssignAsync("Kế hoạch QCDC trước ngày 25/10/2024");
        await bot.AssignAsync("Báo cáo tự kiểm tra trước ngày 30/10/2024");
        var secretary = await bot.RegisterSecretaryAsync("NHNN");

        // Sent at 23:55 on the due day; the bot asks which deadline, and the answer comes at 00:05.
        var sentAt = new DateTimeOffset(2024, 10, 25, 23, 55, 0, TimeSpan.FromHours(7));
        bot.SetLocalTime(2024, 10, 25, 23, 56);
        var file = new FakeFile("ke-hoach.docx", [1, 2, 3], null);
        await bot.Get<ConversationBot>().OnTurnAsync(
            new InboundActivity(BotHarness.Channel, secretary, secretary, secretary, string.Empty, [file.ToAttachment()], SentAt: sentAt), CancellationToken.None);
        bot.SetLocalTime(2024, 10, 26, 0, 5);
        var receipt = await bot.SayAsync(secretary, "1");

        Assert.Contains("Tình trạng: đúng hạn", receipt.Text(), StringComparison.Ordinal);
        var stored = Assert.Single(await bot.Get<SubmissionStore>().AllForDeadlineAsync(1));
        Assert.Equal(sentAt, stored.ReceivedAt);
    }

    [Fact]
    public async Task Units_found_unreachable_by_a_later_sweep_the_same_day_are_still_reported()
    {
        using var h = new ReminderHarness();
        h.At(ReminderHarness.D(3, 2), 9);
        await h.AddUnitsAsync(1, bound: false, prefix: "X");
        await h.AddAdminAsync();
        var deadline = await h.CreateDeadlineAsync(ReminderHarness.D(3, 20));
        h.At(ReminderHarness.D(3, 13), 9);
        await h.Sweep.RunAsync();

        // A second unit joins the deadline's scope unreachable later that day (e.g. its only member blocked the bot).
        await h.AddUnitsAsync(1, bound: false, prefix: "Y");
        h.At(ReminderHarness.D(3, 13), 11);
        var second = await h.Sweep.RunAsync();

        Assert.Equal(1, second.Unreachable);
        Assert.Equal(2, (await h.Outbox.AllAsync()).Count(m => m.BodyJson.Contains("unreachable", StringComparison.Ordinal)));
        Assert.Contains(await h.Ledger.ForDeadlineAsync(deadline.Id), e => e.Slot.StartsWith("unreachable-", StringComparison.Ordinal) && e.UnitId != 0);
    }

    [Fact]
    public async Task A_slot_is_not_recorded_for_a_unit_that_submitted_after_the_sweep_read_the_tally()
    {
        using var h = new ReminderHarness();
        h.At(ReminderHarness.D(3, 2), 9);
        var units = await h.AddUnitsAsync(1);
        var deadline = await h.CreateDeadlineAsync(ReminderHarness.D(3, 20));
        await h.SubmitAsync(units[0], deadline);

        var recorded = await h.Ledger.RecordSlotAsync(deadline.Id, units[0].Id, "before-3@2026-03-20",
            [new OutboxItem("telegram", "1", "1", "{}", "k")]);

        Assert.False(recorded);
        Assert.Empty(await h.Outbox.AllAsync());
    }

    [Theory]
    [InlineData("bao cao\u202Excod.exe", "bao caoxcod.exe")]
    [InlineData("../../etc/passwd", "passwd")]
    [InlineData("a.bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb", null)]
    public void File_names_lose_direction_overrides_and_never_crash_on_a_long_extension(string name, string? expected)
    {
        var safe = FileNames.Safe(name);

        Assert.InRange(safe.Length, 1, 120);
        Assert.DoesNotContain('\u202E', safe);
        if (expected is not null)
        {
            Assert.Equal(expected, safe);
        }
    }
}
