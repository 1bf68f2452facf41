using System.Globalization;
using QcdcBot.Bot.Digest;
using QcdcBot.Storage.Deadlines;
using QcdcBot.Storage.Digests;
using QcdcBot.Storage.Statuses;
using QcdcBot.Storage.Units;

namespace QcdcBot.Tests.Digest;

public sealed class DigestSplittingTests
{
    [Fact]
    public async Task A_digest_for_300_units_is_split_per_channel_without_cutting_or_losing_a_line()
    {
        var units = Enumerable.Range(1, 300)
            .Select(i => new UnitRow($"U{i:000}", $"Chi bộ đơn vị số {i:000} trực thuộc Đảng bộ Khối các cơ quan và doanh nghiệp tỉnh", UnitKind.ChiBo, []))
            .ToList();
        await using var harness = await DigestHarness.CreateAsync(DigestDataset.Start, telegramChats: ["-1001"], testChats: ["lanhdao"], units: units);
        var deadlines = harness.Get<DeadlineStore>();
        await deadlines.CreateAsync(new NewDeadline("Kế hoạch thực hiện QCDC năm 2026", new DateOnly(2026, 3, 6), DeadlineScope.Grassroots, null, [], Recurrence.None, "6/3", DigestHarness.Admin));
        var report = await deadlines.CreateAsync(new NewDeadline("Báo cáo QCDC quý I", new DateOnly(2026, 3, 25), DeadlineScope.All, null, [], Recurrence.None, "25/3", DigestHarness.Admin));
        var all = await harness.Get<UnitStore>().AllAsync();
        Assert.Equal(300, all.Count);
        for (var i = 0; i < 40; i++)
        {
            await harness.Get<StatusNoteStore>().AddAsync(all[i].Id, report.Id, StatusState.InProgress, "đang làm", null, "test:" + all[i].Code);
        }

        harness.Time.SetUtcNow(DigestDataset.DigestTime);
        var text = (await harness.Get<DigestService>().ComposeAsync(listMissing: true, CancellationToken.None)).Text;
        Assert.True(text.Length > 3 * 4096, $"the digest is {text.Length.ToString(CultureInfo.InvariantCulture)} characters");
        Assert.Equal(2, text.Split("Còn thiếu (300):").Length - 1);

        await harness.PublishAsync();

        var outbox = await harness.OutboxAsync();
        foreach (var (channel, chat, limit) in new[] { ("telegram", "-1001", 4096), ("test", "lanhdao", 2000) })
        {
            var parts = outbox.Where(m => m.Channel == channel && m.ChatId == chat).ToList();
            Assert.True(parts.Count > 1);
            Assert.All(parts, p => Assert.InRange(p.Text.Length, 1, limit));
            Assert.Equal(parts.Select((_, i) => $"digest:2026-03-16:{channel}:{chat}:{i}"), parts.Select(p => p.DedupeKey));

            // Every line of the digest, in order, intact, in exactly one part: nothing cut, nothing lost or doubled.
            Assert.Equal(Lines(text), parts.SelectMany(p => Lines(p.Text)));
        }

        Assert.Equal(text, (await harness.Get<DigestStore>().LatestWeeklyAsync())?.Text);
    }

    private static IEnumerable<string> Lines(string text) => text.Split('\n').Where(l => l.Length > 0);
}
