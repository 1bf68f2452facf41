using QcdcBot.Bot.Digest;
using QcdcBot.Scheduling.Digests;

namespace QcdcBot.Tests.Digest;

public sealed class DigestLengthTests
{
    private static DigestEntry Entry(int missing) => new(
        7, "Báo cáo sơ kết", new DateOnly(2027, 3, 19), false, 10_000, 10_000 - missing, 10_000 - missing, 0, 0, 0, 0, 0, 0, missing,
        [.. Enumerable.Range(1, missing).Select(i => $"Đơn vị số {i}")]);

    [Fact]
    public void Thousands_of_missing_units_are_counted_with_the_command_that_lists_them_not_named()
    {
        var text = DigestText.Section(Entry(5_000), null, new DateOnly(2027, 3, 1), listMissing: true);

        Assert.Contains("Còn thiếu 5000 đơn vị", text, StringComparison.Ordinal);
        Assert.Contains("/chuanop #7", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Đơn vị số 1", text, StringComparison.Ordinal);
        Assert.True(text.Length < 1_000);
    }

    [Fact]
    public void A_province_sized_list_is_still_named_in_full()
    {
        var text = DigestText.Section(Entry(DigestText.MaxNamedMissing), null, new DateOnly(2027, 3, 10), listMissing: true);

        Assert.Contains($"Đơn vị số {DigestText.MaxNamedMissing}", text, StringComparison.Ordinal);
    }
}
