using QcdcBot.Bot.Conversation;
using QcdcBot.Bot.Digest;
using QcdcBot.Storage.Digests;
using QcdcBot.Storage.Leadership;
using QcdcBot.Storage.Telegram;

namespace QcdcBot.Tests.Digest;

public sealed class DigestPublisherTests
{
    [Fact]
    public async Task The_weekly_digest_is_queued_for_every_leadership_chat_in_parts_and_stored()
    {
        await using var harness = await DigestHarness.CreateAsync(DigestDataset.Start, telegramChats: ["-1001"], testChats: ["lanhdao"]);
        await DigestDataset.SeedAsync(harness);
        await harness.Get<LeadershipChatStore>().AddAsync("telegram", "-1002", "Thường trực Đảng ủy Khối", DigestHarness.Admin);
        var expected = (await harness.Get<DigestService>().ComposeAsync(listMissing: true, CancellationToken.None)).Text;

        await harness.PublishAsync();

        var outbox = await harness.OutboxAsync();
        var telegramParts = MessageSplitter.Split(expected, 4096);
        var testParts = MessageSplitter.Split(expected, 2000);
        Assert.Equal(
            [
                .. telegramParts.Select((p, i) => new QueuedMessage("telegram", "-1001", p, $"digest:2026-03-16:telegram:-1001:{i}")),
                .. telegramParts.Select((p, i) => new QueuedMessage("telegram", "-1002", p, $"digest:2026-03-16:telegram:-1002:{i}")),
                .. testParts.Select((p, i) => new QueuedMessage("test", "lanhdao", p, $"digest:2026-03-16:test:lanhdao:{i}")),
            ],
            outbox);

        var stored = await harness.Get<DigestStore>().LatestWeeklyAsync();
        Assert.NotNull(stored);
        Assert.Equal(("weekly", "telegram:-1001, telegram:-1002, test:lanhdao", expected), (stored.Kind, stored.Recipients, stored.Text));
        Assert.Equal(DigestDataset.DigestTime, stored.TakenAt);
    }

    [Fact]
    public async Task Running_the_weekly_digest_again_the_same_day_queues_and_stores_nothing_new()
    {
        await using var harness = await DigestHarness.CreateAsync(DigestDataset.Start, telegramChats: ["-1001"], testChats: ["lanhdao"]);
        var dataset = await DigestDataset.SeedAsync(harness);
        await harness.PublishAsync();
        var first = await harness.OutboxAsync();
        var stored = await harness.Get<DigestStore>().LatestWeeklyAsync();

        // A unit submits and the job fires again (a restart, a doubled trigger) later the same day.
        await dataset.SubmitAsync(dataset.G[73], dataset.Plan);
        harness.SetLocalTime(2026, 3, 16, 23, 0);
        await harness.PublishAsync();

        Assert.Equal(first, await harness.OutboxAsync());
        Assert.Equal(stored, await harness.Get<DigestStore>().LatestWeeklyAsync());
    }

    [Fact]
    public async Task The_change_since_last_week_comes_from_the_stored_weekly_digest_not_from_tonghop()
    {
        await using var harness = await DigestHarness.CreateAsync(DigestDataset.Start, telegramChats: ["-1001"]);
        var dataset = await DigestDataset.SeedAsync(harness);
        await harness.PublishAsync();

        // Wednesday: one plan comes in and a leader asks for the digest (stored as on demand).
        harness.SetLocalTime(2026, 3, 18, 9, 0);
        await dataset.SubmitAsync(dataset.G[73], dataset.Plan);
        var onDemand = (await harness.SayAsync(DigestHarness.Leader, "/tonghop")).Replies.Single().Text;
        Assert.Contains("71/74 đơn vị đã xong (96%: 68 nộp, 3 được miễn) · +1 so với tuần trước", onDemand, StringComparison.Ordinal);

        // Then another plan and three reports; next Monday's digest compares with last Monday's.
        await dataset.SubmitAsync(dataset.G[69], dataset.Plan);
        foreach (var unit in new[] { dataset.G[0], dataset.G[5], dataset.D[2] })
        {
            await dataset.SubmitAsync(unit, dataset.Report);
        }

        harness.Time.SetUtcNow(DigestDataset.DigestTime.AddDays(7));
        await harness.PublishAsync();

        var monday = (await harness.OutboxAsync()).Where(m => m.DedupeKey!.StartsWith("digest:2026-03-23:", StringComparison.Ordinal)).ToList();
        var text = Assert.Single(monday).Text;
        Assert.Contains("72/74 đơn vị đã xong (97%: 69 nộp, 3 được miễn) · +2 so với tuần trước", text, StringComparison.Ordinal);
        Assert.Contains("75/77 đơn vị đã nộp (97%) · +3 so với tuần trước", text, StringComparison.Ordinal);
        Assert.DoesNotContain("dân vận khéo", text, StringComparison.Ordinal);

        // And /tonghop now compares with this Monday's digest.
        var after = (await harness.SayAsync(DigestHarness.Leader, "/tonghop")).Replies.Single().Text;
        Assert.Contains("72/74 đơn vị đã xong (97%: 69 nộp, 3 được miễn) · không đổi so với tuần trước", after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Tonghop_shows_what_the_scheduled_digest_would_send()
    {
        await using var harness = await DigestHarness.CreateAsync(DigestDataset.Start, telegramChats: ["-1001"]);
        await DigestDataset.SeedAsync(harness);

        var onDemand = (await harness.SayAsync(DigestHarness.Leader, "/tonghop")).Replies.Single().Text;
        await harness.PublishAsync();

        Assert.Equal(onDemand, Assert.Single(await harness.OutboxAsync()).Text);
    }

    [Fact]
    public async Task Without_a_leadership_chat_the_digest_goes_to_the_admins_with_the_missing_units()
    {
        await using var harness = await DigestHarness.CreateAsync(DigestDataset.Start, listMissing: false);
        await DigestDataset.SeedAsync(harness);
        var expected = (await harness.Get<DigestService>().ComposeAsync(listMissing: true, CancellationToken.None)).Text;

        await harness.PublishAsync();

        Assert.Equal(
            MessageSplitter.Split(expected, 2000).Select((p, i) => new QueuedMessage("test", "admin", p, $"digest:2026-03-16:test:admin:{i}")),
            await harness.OutboxAsync());
        var stored = await harness.Get<DigestStore>().LatestWeeklyAsync();
        Assert.Equal(("test:admin", expected), (stored?.Recipients, stored?.Text));
    }

    [Fact]
    public async Task When_missing_units_are_not_listed_leaders_see_counts_and_admins_get_the_names()
    {
        await using var harness = await DigestHarness.CreateAsync(DigestDataset.Start, telegramChats: ["-1001"], listMissing: false);
        var dataset = await DigestDataset.SeedAsync(harness);

        await harness.PublishAsync();

        var outbox = await harness.OutboxAsync();
        var leaders = Assert.Single(outbox, m => m.Channel == "telegram").Text;
        Assert.Contains("70/74 đơn vị đã xong (95%: 67 nộp, 3 được miễn)", leaders, StringComparison.Ordinal);
        Assert.DoesNotContain("Còn thiếu", leaders, StringComparison.Ordinal);
        Assert.DoesNotContain(dataset.G[73].Name, leaders, StringComparison.Ordinal);

        var admin = Assert.Single(outbox, m => m.Channel == "test");
        Assert.Equal(("admin", "digest-missing:2026-03-16:test:admin:0"), (admin.ChatId, admin.DedupeKey));
        Assert.StartsWith($"📋 Đơn vị còn thiếu — Thứ Hai, 16/3/2026\n\n#{dataset.Plan.Id} Kế hoạch thực hiện QCDC năm 2026\nCòn thiếu (4):\n• ", admin.Text, StringComparison.Ordinal);
        // The closed deadline's units owe nothing any more: no "còn thiếu" list for them.
        Assert.DoesNotContain($"#{dataset.Topic.Id} Báo cáo chuyên đề dân vận khéo", admin.Text, StringComparison.Ordinal);
        Assert.EndsWith($"#{dataset.Report.Id} Báo cáo QCDC quý I\nCòn thiếu (5):\n• " + string.Join("\n• ", new[] { dataset.G[0], dataset.G[5], dataset.G[71], dataset.G[72], dataset.D[2] }.Select(u => u.Name)), admin.Text, StringComparison.Ordinal);

        // The stored digest is what the leaders got.
        Assert.Equal(leaders, (await harness.Get<DigestStore>().LatestWeeklyAsync())?.Text);
    }
}
