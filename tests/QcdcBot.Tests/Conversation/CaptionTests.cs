namespace QcdcBot.Tests.Conversation;

/// <summary>
/// A caption that names another paper, or a deadline that is not the unit's, is asked about instead of being filed
/// under the unit's only open deadline. Today is Sunday 20/10/2024.
/// </summary>
public sealed partial class CaptionTests : IAsyncLifetime
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

        // "None of these" is 0: every other number in a choice of deadlines is a deadline's own.
        var none = await _bot.SayAsync(_secretary, "0");

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

        // The deadline is open but not given to this unit: said so ("không giao cho đơn vị"), not only "not open".
        Assert.Contains("#2 \"", asked.Text(), StringComparison.Ordinal);
        Assert.Contains("không giao cho đơn vị", asked.Text(), StringComparison.Ordinal);
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

/// <summary>Photos of a paper report sent one at a time are pages of one submission, not versions that replace each other.</summary>
public sealed class PageTests
{
    private static byte[] Bytes(byte seed) => Enumerable.Range(0, 700).Select(i => (byte)(i * 5 + seed)).ToArray();

    [Fact]
    public async Task Photos_sent_one_by_one_within_minutes_are_pages_of_one_submission_and_the_receipt_counts_them()
    {
        await using var bot = await BotHarness.CreateAsync();
        var deadline = await bot.AssignAsync("Báo cáo tự kiểm tra QCDC trước ngày 25/10/2024");
        var secretary = await bot.RegisterSecretaryAsync("TTRA");

        await bot.SendFileAsync(secretary, "IMG_0101.jpg", Bytes(1));
        bot.Time.Advance(TimeSpan.FromMinutes(3));
        await bot.SendFileAsync(secretary, "IMG_0102.jpg", Bytes(2), "trang 2");
        bot.Time.Advance(TimeSpan.FromMinutes(4));
        var third = await bot.SendFileAsync(secretary, "IMG_0103.jpg", Bytes(3));

        Assert.Contains("gồm 3 tệp/trang", third.Text(), StringComparison.Ordinal);
        Assert.DoesNotContain("lần nộp thứ", third.Text(), StringComparison.Ordinal);
        var latest = await bot.Get<QcdcBot.Storage.Submissions.SubmissionStore>().LatestAsync((await bot.UnitAsync("TTRA")).Id, deadline.Id);
        Assert.Equal(1, latest!.Version);
        Assert.Equal(["IMG_0101.jpg", "IMG_0102.jpg", "IMG_0103.jpg"], latest.Files.Select(f => f.OriginalName));
    }

    [Theory]
    [InlineData(30, "ban moi")]
    [InlineData(2, "ban sua lai nhe")]
    public async Task A_file_after_the_window_or_captioned_as_a_new_version_replaces(int minutes, string caption)
    {
        await using var bot = await BotHarness.CreateAsync();
        await bot.AssignAsync("Báo cáo tự kiểm tra QCDC trước ngày 25/10/2024");
        var secretary = await bot.RegisterSecretaryAsync("TTRA");
        await bot.SendFileAsync(secretary, "bao-cao.docx", Bytes(1));
        bot.Time.Advance(TimeSpan.FromMinutes(minutes));

        var second = await bot.SendFileAsync(secretary, "bao-cao-v2.docx", Bytes(2), caption);

        Assert.Contains("lần nộp thứ 2", second.Text(), StringComparison.Ordinal);
    }
}
