namespace QcdcBot.Tests.Office;

/// <summary>A deadline closed this week stays on the overview: its units that never handed in owe nothing any more.</summary>
public sealed partial class OfficePageTests
{
    [Fact]
    public async Task A_closed_deadlines_owing_units_read_as_no_longer_owing_not_as_silent_or_overdue()
    {
        var asked = await _office.SayAsync(OfficeHarness.Admin, $"/donghan #{_data.Plan.Id}");
        Assert.Contains("Kết thúc việc", string.Join('\n', asked.Replies.Select(r => r.Text)), StringComparison.Ordinal);
        await _office.SayAsync(OfficeHarness.Admin, "1");
        using var client = await _office.SignedInClientAsync();

        var page = await client.GetStringAsync("/vanphong");

        Assert.Equal("– không còn phải nộp (việc đã kết thúc)", Cell(page, "SKHDT", 0));
        Assert.Equal("– không còn phải nộp (việc đã kết thúc)", Cell(page, _data.G[50].Code, 0));
        Assert.Equal("… đang làm", Cell(page, "HND", 0));
        Assert.Equal("✓ đúng hạn", Cell(page, "NHNN", 0));
        Assert.DoesNotContain(Rows(page), code => Cell(page, code, 0).Contains("chưa trả lời", StringComparison.Ordinal));
    }
}
