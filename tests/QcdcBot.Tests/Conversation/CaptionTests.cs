namespace QcdcBot.Tests.Conversation;

/// <summary>
/// A caption that names another paper, or a deadline that is not the unit's, is asked about instead of being filed
/// under the unit's only open deadline. Today is Sunday 20/10/2024.
/// </summary>
public sealed class CaptionTests : IAsyncLifetime
{
    private BotHarness _bot = null!;
    private string _secretary = null!;

    public async Task InitializeAsync()
    {
        _bot = await BotHarness.CreateAsync();
        await _bot.AssignAsync("Kế hoạch thực hiện QCDC năm 2025 trước ngày 15/11/2024 cho NHNN, SKHDT");
        await _bot.AssignAsync("Báo cáo kết quả kiểm tra trước ngày 10/11/2024 cho SKHDT");
        _secretary = await _bot.RegisterSecretaryAsync("NHNN");
    }

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    private static byte[] Bytes(byte seed) => Enumerable.Range(0, 400).Select(i => (byte)(i * 3 + seed)).ToArray();

    [Theory]
    [InlineData("bc so ket quy III")]
    [InlineData("Báo cáo 6 tháng đầu năm của chi bộ")]
    [InlineData("ke hoach nam 2026")]
    public async Task A_caption_naming_another_paper_is_asked_about_and_none_of_these_files_nothing(string caption)
    {
        var asked = await _bot.SendFileAsync(_secretary, "scan.pdf", Bytes(1), caption);

        Assert.Contains("chưa nộp", asked.Text(), StringComparison.Ordinal);
        Assert.Equal(0, await _bot.CountAsync("submissions"));
        var choices = asked.Last().Choices;
        Assert.Equal(2, choices.Count);

        var none = await _bot.SayAsync(_secretary, "2");

        Assert.Contains("chưa nộp gì", none.Text(), StringComparison.Ordinal);
        Assert.Equal(0, await _bot.CountAsync("submissions"));
    }

    [Theory]
    [InlineData("#2")]
    [InlineData("2")]
    [InlineData("nop #2 a")]
    public async Task A_caption_naming_another_unit_s_deadline_says_it_is_not_theirs_and_asks(string caption)
    {
        var asked = await _bot.SendFileAsync(_secretary, "bao-cao.docx", Bytes(2), caption);

        Assert.Contains("#2 không phải việc đang mở của đơn vị", asked.Text(), StringComparison.Ordinal);
        Assert.Equal(0, await _bot.CountAsync("submissions"));

        var filed = await _bot.SayAsync(_secretary, "1");
        Assert.Contains("Biên nhận", filed.Text(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("em gui ke hoach a")]
    [InlineData("Kế hoạch QCDC 2025 - Đảng bộ NHNN")]
    [InlineData("#1")]
    public async Task A_caption_that_names_nothing_else_is_filed_under_the_only_open_deadline(string caption)
    {
        var filed = await _bot.SendFileAsync(_secretary, "ke-hoach.docx", Bytes(3), caption);

        Assert.Contains("Biên nhận", filed.Text(), StringComparison.Ordinal);
    }
}
