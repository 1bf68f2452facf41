using QcdcBot.Storage.Submissions;

namespace QcdcBot.Tests.Conversation;

/// <summary>
/// A deadline named by the office's shorthand, without diacritics, in a sentence, is the same deadline in every
/// place a deadline is named by words: a caption, /tinhhinh, /donghan, /nopfile. Today is Sunday 20/10/2024.
/// </summary>
public sealed class DeadlineShorthandTests : IAsyncLifetime
{
    private BotHarness _bot = null!;
    private string _secretary = null!;
    private long _halfYear;
    private long _yearEnd;

    public async Task InitializeAsync()
    {
        _bot = await BotHarness.CreateAsync();
        _halfYear = (await _bot.AssignAsync("Báo cáo 6 tháng đầu năm trước ngày 15/11/2024 cho NHNN, SKHDT")).Id;
        _yearEnd = (await _bot.AssignAsync("Kế hoạch tổng kết cuối năm trước ngày 10/12/2024 cho NHNN, SKHDT")).Id;
        await _bot.AssignAsync("Báo cáo sơ kết quý III trước ngày 30/11/2024 cho NHNN, SKHDT");
        _secretary = await _bot.RegisterSecretaryAsync("NHNN");
    }

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Theory]
    [InlineData("bc 6 thang", true)]
    [InlineData("BC 6th dau nam", true)]
    [InlineData("em gửi bc 6t ạ", true)]
    [InlineData("kh tk cn", false)]
    [InlineData("gui kh tong ket nhe", false)]
    public async Task A_caption_in_shorthand_files_under_the_deadline_it_names(string caption, bool halfYear)
    {
        var reply = await _bot.SendFileAsync(_secretary, "scan.pdf", [1, 2, 3], caption);

        Assert.Contains("Biên nhận", reply.Text(), StringComparison.Ordinal);
        var unit = await _bot.UnitAsync("NHNN");
        Assert.NotNull(await _bot.Get<SubmissionStore>().LatestAsync(unit.Id, halfYear ? _halfYear : _yearEnd));
    }

    [Theory]
    [InlineData("/tinhhinh bc 6 thang")]
    [InlineData("/tinhhinh BC 6TH")]
    [InlineData("tinh hinh bao cao 6 thang dau nam")]
    public async Task Tinhhinh_names_the_deadline_typed_in_shorthand(string text)
    {
        var reply = (await _bot.SayAsync(BotHarness.Admin, text)).Text();

        Assert.Contains("Báo cáo 6 tháng đầu năm", reply, StringComparison.Ordinal);
        Assert.DoesNotContain("khớp với nhiều việc", reply, StringComparison.Ordinal);
        Assert.DoesNotContain("Không tìm thấy", reply, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/tinhhinh bc sk q3")]
    [InlineData("/tinhhinh bao cao so ket quy 3")]
    public async Task A_quarter_in_digits_names_a_title_with_roman_numerals(string text)
    {
        var reply = (await _bot.SayAsync(BotHarness.Admin, text)).Text();

        Assert.Contains("Báo cáo sơ kết quý III", reply, StringComparison.Ordinal);
        Assert.DoesNotContain("Không tìm thấy", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Donghan_in_shorthand_names_its_target_before_closing()
    {
        var reply = (await _bot.SayAsync(BotHarness.Admin, "/donghan kh tk cuoi nam")).Text();

        Assert.Contains($"#{_yearEnd}", reply, StringComparison.Ordinal);
        Assert.Contains("Kế hoạch tổng kết cuối năm", reply, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/nopfile bc 6 thang")]
    [InlineData("/nopfile cho bc 6th nhé")]
    [InlineData("nop file bao cao 6 thang")]
    public async Task Nopfile_with_words_names_the_one_deadline_meant(string text)
    {
        var reply = (await _bot.SayAsync(_secretary, text)).Text();

        Assert.Contains($"#{_halfYear}", reply, StringComparison.Ordinal);
        Assert.DoesNotContain($"#{_yearEnd}", reply, StringComparison.Ordinal);
        Assert.DoesNotContain("Kế hoạch tổng kết", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Nopfile_with_words_that_name_no_open_deadline_says_so_and_lists_them()
    {
        var reply = (await _bot.SayAsync(_secretary, "/nopfile danh sach dang vien")).Text();

        Assert.Contains("Không thấy việc \"danh sach dang vien\"", reply, StringComparison.Ordinal);
        Assert.Contains($"#{_halfYear}", reply, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("dang lam bc 6t", true)]
    [InlineData("Đơn vị đang hoàn thiện kh tổng kết cuối năm ạ", false)]
    [InlineData("đã gửi bản giấy bc 6 tháng rồi", true)]
    public async Task A_status_reply_naming_a_deadline_in_the_sentence_is_recorded_there_without_asking(string text, bool halfYear)
    {
        var reply = (await _bot.SayAsync(_secretary, text)).Text();

        Assert.Contains("Đã ghi nhận", reply, StringComparison.Ordinal);
        var unit = await _bot.UnitAsync("NHNN");
        var notes = await _bot.Get<QcdcBot.Storage.Statuses.StatusNoteStore>().LatestForDeadlineAsync(halfYear ? _halfYear : _yearEnd);
        Assert.True(notes.ContainsKey(unit.Id), reply);
    }

    [Fact]
    public async Task An_extension_naming_its_deadline_in_the_sentence_counts_from_that_deadline()
    {
        var reply = (await _bot.SayAsync(_secretary, "xin gia hạn bc 6 tháng thêm 1 tuần vì chờ ký")).Text();

        Assert.Contains("22/11/2024 (thêm 1 tuần từ hạn hiện tại 15/11/2024)", reply, StringComparison.Ordinal);
        var request = Assert.Single(await _bot.Get<QcdcBot.Storage.ExtensionRequests.ExtensionRequestStore>().ForDeadlineAsync(_halfYear));
        Assert.Equal("chờ ký", request.Reason);
    }

    [Fact]
    public async Task A_caption_with_the_name_among_other_words_files_under_it()
    {
        var reply = await _bot.SendFileAsync(_secretary, "IMG_1.jpg", [4], "anh chup bc 6 thang trang 1");

        Assert.Contains("Biên nhận", reply.Text(), StringComparison.Ordinal);
        var unit = await _bot.UnitAsync("NHNN");
        Assert.NotNull(await _bot.Get<SubmissionStore>().LatestAsync(unit.Id, _halfYear));
    }
}
