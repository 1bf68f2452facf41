namespace QcdcBot.Tests.Conversation;

/// <summary>
/// zalo18 F0: the kind word "bc" alone is no name of the unit's only "Báo cáo …" when the caption's other words fit
/// another deadline (another unit's, its title typed without diacritics) or name another kind of report ("sơ kết"):
/// asked, saying whose it is, never filed silently. Today is Sunday 20/10/2024.
/// </summary>
public sealed class CaptionKindWordOnlyTests : IAsyncLifetime
{
    private BotHarness _bot = null!;
    private string _secretary = null!;

    public async Task InitializeAsync()
    {
        _bot = await BotHarness.CreateAsync();
        await _bot.AssignAsync("Kế hoạch thực hiện QCDC năm 2025 trước ngày 15/11/2024 cho NHNN");
        await _bot.AssignAsync("Báo cáo tự kiểm tra QCDC năm 2024 trước ngày 20/11/2024 cho NHNN");
        await _bot.AssignAsync("Bao cao so ket cong tac dan van 6 thang trước ngày 25/11/2024 cho SKHDT");
        await _bot.AssignAsync("Báo cáo kiểm tra, giám sát việc thực hiện QCDC trước ngày 28/11/2024 cho SKHDT");
        _secretary = await _bot.RegisterSecretaryAsync("NHNN");
    }

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    private static byte[] Bytes(byte seed) => Enumerable.Range(0, 400).Select(i => (byte)(i * 5 + seed)).ToArray();

    [Theory]
    [InlineData("bc so ket trang 1")]
    [InlineData("bc so ket")]
    [InlineData("báo cáo sơ kết công tác dân vận")]
    [InlineData("bc kiem tra giam sat")]
    public async Task A_caption_fitting_another_unit_s_report_better_is_asked_about_not_filed_on_the_unit_s_only_report(string caption)
    {
        var asked = await _bot.SendFileAsync(_secretary, "anh.jpg", Bytes(1), caption);

        Assert.Contains("chưa nộp", asked.Text(), StringComparison.Ordinal);
        Assert.Contains("không giao cho đơn vị", asked.Text(), StringComparison.Ordinal);
        Assert.DoesNotContain("Biên nhận", asked.Text(), StringComparison.Ordinal);
        Assert.Equal(0, await _bot.CountAsync("submissions"));
    }

    [Fact]
    public async Task A_caption_naming_a_kind_of_report_no_deadline_is_is_asked_about()
    {
        var asked = await _bot.SendFileAsync(_secretary, "anh.jpg", Bytes(2), "bc tong ket trang 1");

        Assert.Contains("chưa nộp", asked.Text(), StringComparison.Ordinal);
        Assert.Equal(0, await _bot.CountAsync("submissions"));
    }

    [Fact]
    public async Task A_caption_naming_the_unit_s_own_report_is_filed_on_it()
    {
        var filed = await _bot.SendFileAsync(_secretary, "anh.jpg", Bytes(3), "bc tu kiem tra trang 1");

        Assert.Contains("Báo cáo tự kiểm tra QCDC năm 2024", filed.Text(), StringComparison.Ordinal);
        Assert.Equal(1, await _bot.CountAsync("submissions"));
    }

    [Fact]
    public async Task A_status_reply_fitting_another_unit_s_report_better_says_it_is_not_theirs_and_writes_nothing()
    {
        var said = await _bot.SayAsync(_secretary, "đang làm bc kiem tra giam sat");

        Assert.Contains("không giao cho đơn vị", said.Text(), StringComparison.Ordinal);
        Assert.Equal(0, (await _bot.SnapshotAsync()).Statuses);
    }
}
