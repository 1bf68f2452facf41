using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using QcdcBot.Bot.Digest;
using QcdcBot.Scale;
using QcdcBot.Scheduling.Digests;
using QcdcBot.Tests.Support;
using Xunit.Abstractions;

namespace QcdcBot.Tests.Scale;

public sealed class NationalDigestTests(ITestOutputHelper output)
{
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 3, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_digest_of_many_deadlines_over_hundreds_of_units_is_one_message_with_the_worst_and_where_to_look()
    {
        var folder = CoreServices.NewFolder("national-digest");
        var path = Path.Combine(folder, "scale.db");
        await ScaleDataset.CreateAsync(path, units: 400, deadlines: 12, Now);
        var services = CoreServices.Create(path, new FakeTimeProvider(Now), b => b.Admins = [ScaleDataset.Admin]).BuildServiceProvider();
        try
        {
            var snapshot = await services.GetRequiredService<DigestBuilder>().BuildAsync();
            var text = DigestText.Compose(snapshot, null, listMissing: true, "Ban Tuyên giáo");
            output.WriteLine(text);

            // One Telegram message (4,096 characters), not a section per deadline nor a list of hundreds of names.
            Assert.InRange(text.Length, 1, 4096);
            Assert.DoesNotContain("Còn thiếu (", text, StringComparison.Ordinal);
            Assert.Contains("Quá hạn mà còn thiếu nhiều nhất:", text, StringComparison.Ordinal);
            Assert.Contains("/chuanop #", text, StringComparison.Ordinal);
            Assert.Contains("/xuat", text, StringComparison.Ordinal);
            Assert.Contains("/vanphong", text, StringComparison.Ordinal);
            // Excused units count as done, as in every view.
            var done = snapshot.Entries.Where(e => !e.Closed).Sum(e => e.Completion.Done);
            Assert.Contains($" {done.ToString("#,0", System.Globalization.CultureInfo.InvariantCulture).Replace(',', '.')}/", text, StringComparison.Ordinal);

            // The habitually late: counted in full, only the worst named; and the stored numbers hold no long name lists.
            Assert.True(snapshot.HabituallyLateTotal > DigestBuilder.MaxNamedHabitual, $"{snapshot.HabituallyLateTotal} habitually late");
            Assert.Equal(DigestBuilder.MaxNamedHabitual, snapshot.HabituallyLate.Count);
            Assert.Contains($"Hay chậm hoặc thiếu: {snapshot.HabituallyLateTotal} đơn vị; nhiều nhất:", text, StringComparison.Ordinal);
            Assert.All(snapshot.Entries, e => Assert.Equal(e.MissingTotal > DigestBuilder.MaxNamedMissing ? 0 : e.MissingTotal, e.Missing.Count));
        }
        finally
        {
            await CoreServices.DisposeAsync(services, folder);
        }
    }

    [Fact]
    public void A_few_deadlines_keep_a_section_each_whatever_the_office_size()
    {
        var entries = Enumerable.Range(1, DigestText.MaxSections)
            .Select(i => new DigestEntry(i, $"Việc {i}", new DateOnly(2027, 3, 19), false, 10_000, 5_000, 5_000, 0, 0, 0, 0, 0, 0, 5_000, [], MissingCount: 5_000))
            .ToList();

        var text = DigestText.Compose(new DigestSnapshot(Now, new DateOnly(2027, 3, 1), entries, []), null, listMissing: true, "Ban");

        Assert.Equal(DigestText.MaxSections, text.Split("Còn thiếu 5000 đơn vị — xem danh sách: /chuanop #").Length - 1);
    }
}
