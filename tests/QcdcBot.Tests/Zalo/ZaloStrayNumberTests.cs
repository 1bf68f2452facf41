using System.Globalization;

namespace QcdcBot.Tests.Zalo;

/// <summary>
/// A number typed alone that is none of the unit's open deadlines is said to be none of them, with the unit's own
/// deadlines listed, never "/nopfile #N" for a deadline that does not exist; "0" is "none", never deadline #0.
/// </summary>
public sealed partial class ZaloConversationTests
{
    [Theory]
    [InlineData("số {0}")]
    [InlineData("{0}.")]
    public async Task A_lone_number_that_is_none_of_the_units_deadlines_says_so_and_lists_the_units_own(string typed)
    {
        await ZaloSeed.SecretaryAsync(_host, Secretary);
        var first = await ZaloSeed.DeadlineAsync(_host, "Báo cáo kết quả tiếp công dân quý IV", new DateOnly(2027, 12, 18));
        var second = await ZaloSeed.DeadlineAsync(_host, "Kế hoạch dân vận chính quyền năm 2028", new DateOnly(2027, 12, 8));
        var stray = (second.Id + 17).ToString(CultureInfo.InvariantCulture);

        _api.Enqueue(ZaloEvents.Text(Secretary, string.Format(CultureInfo.InvariantCulture, typed, stray)));

        var hint = await _api.WaitForMessageAsync(Secretary, "chưa chọn gì");
        Assert.Contains($"không có việc #{stray}", hint.Text, StringComparison.Ordinal);
        Assert.DoesNotContain($"/nopfile #{stray}", hint.Text, StringComparison.Ordinal);
        Assert.DoesNotContain($"/giahan #{stray}", hint.Text, StringComparison.Ordinal);
        // The unit's own deadlines, sooner due first.
        var sooner = hint.Text!.IndexOf($"#{second.Id} ", StringComparison.Ordinal);
        var later = hint.Text.IndexOf($"#{first.Id} ", StringComparison.Ordinal);
        Assert.True(sooner >= 0 && later > sooner, hint.Text);
    }

    [Fact]
    public async Task A_lone_zero_means_none_and_never_names_a_deadline_zero()
    {
        await ZaloSeed.SecretaryAsync(_host, Secretary);
        await ZaloSeed.DeadlineAsync(_host, "Báo cáo sơ kết quy chế dân chủ ở cơ sở", new DateOnly(2027, 12, 18));

        _api.Enqueue(ZaloEvents.Text(Secretary, "0"));

        var hint = await _api.WaitForMessageAsync(Secretary, "không có gì để chọn");
        Assert.DoesNotContain("#0", hint.Text, StringComparison.Ordinal);
    }
}
