using QcdcBot.Storage.Deadlines;

namespace QcdcBot.Tests.Conversation;

/// <summary>/giao reads a scope only where one is written; the rest of the sentence after the date is not a unit list.</summary>
public sealed class ScopeWordsTests
{
    [Theory]
    [InlineData("Báo cáo kết quả học tập nghị quyết hạn chót 20/11/2024 nha 🙏", "để tổng hợp")]
    [InlineData("Kế hoạch kiểm tra giám sát trước ngày 15/11/2024 để Ban Chỉ đạo tổng hợp, báo cáo Tỉnh ủy theo quy định.", "để Ban Chỉ đạo tổng hợp")]
    [InlineData("Bao cao tu kiem tra truoc 30/11/2024 (qua Ban Tuyen giao)", "qua Ban Tuyen giao")]
    [InlineData("Báo cáo chuyên đề trước 12/11/2024 😀", "")]
    public async Task Words_after_the_date_that_are_not_a_scope_leave_the_usual_units_and_are_shown_as_not_used(string arguments, string shownPart)
    {
        await using var bot = await BotHarness.CreateAsync();

        var reply = await bot.SayAsync(BotHarness.Admin, "/giao " + arguments);

        var deadline = Assert.Single(await bot.Get<DeadlineStore>().ListAsync());
        Assert.Equal(DeadlineScope.Grassroots, deadline.Scope);
        Assert.DoesNotContain("Không tìm thấy đơn vị", reply.Text(), StringComparison.Ordinal);
        if (shownPart.Length > 0 && arguments.Contains(shownPart, StringComparison.Ordinal))
        {
            Assert.Contains(shownPart, reply.Text(), StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("Báo cáo sơ kết trước 20/11/2024 cho NHNN, SKHDT để tổng hợp nhé", "Units", null)]
    [InlineData("Báo cáo sơ kết trước 20/11/2024, chỉ các chi bộ.", "Kind", "ChiBo")]
    [InlineData("Báo cáo sơ kết trước 20/11/2024 gửi các đảng bộ cơ sở trực thuộc", "Kind", "DangBo")]
    [InlineData("Báo cáo sơ kết trước 20/11/2024 đối với các tổ chức đoàn thể khối.", "Kind", "DoanThe")]
    [InlineData("Báo cáo sơ kết trước 20/11/2024 cho tất cả các đơn vị (kể cả đoàn thể)", "All", null)]
    public async Task Explicit_scopes_and_the_letters_group_words_are_read_and_the_rest_ignored(string arguments, string scope, string? kind)
    {
        await using var bot = await BotHarness.CreateAsync();

        var deadline = await bot.AssignAsync(arguments);

        Assert.Equal((scope, kind), (deadline.Scope.ToString(), deadline.ScopeKind?.ToString()));
        if (deadline.Scope == DeadlineScope.Units)
        {
            Assert.Equal(2, deadline.UnitIds.Count);
        }
    }

    [Fact]
    public async Task A_sentence_pasted_from_seed_letter_001_is_read_as_the_letter_reads_it_and_created_once_confirmed()
    {
        await using var bot = await BotHarness.CreateAsync(new DateTimeOffset(2024, 10, 1, 3, 0, 0, TimeSpan.Zero));
        var sentence = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Seeds", "001_81899a22d58e5ae3.txt"))
            .First(l => l.Contains("trước ngày 25/10/2024 để tổng hợp", StringComparison.Ordinal)).Trim();

        var asked = (await bot.SayAsync(BotHarness.Admin, "/giao " + sentence)).Text();
        Assert.Empty(await bot.Get<DeadlineStore>().ListAsync(includeClosed: true));
        await bot.SayAsync(BotHarness.Admin, "1");

        Assert.Contains("Tên việc: Báo cáo tự kiểm tra, giám sát\n", asked, StringComparison.Ordinal);
        var deadline = Assert.Single(await bot.Get<DeadlineStore>().ListAsync());
        Assert.Equal("Báo cáo tự kiểm tra, giám sát", deadline.Title);
        Assert.Equal(new DateOnly(2024, 10, 25), deadline.DueDate);
        Assert.Equal(DeadlineScope.Grassroots, deadline.Scope);
    }
}

/// <summary>A day-month without a year that has just passed is asked about, not silently moved a year ahead.</summary>
public sealed class RecentlyPassedDateTests
{
    [Theory]
    [InlineData("Báo cáo nhanh tình hình dư luận trước 5/10", "1", "2024-10-05")]
    [InlineData("bao cao nhanh du luan han chot 19-10", "3", "2025-10-19")]
    [InlineData("Kế hoạch tuyên truyền chậm nhất ngày 1 tháng 9", "1", "2024-09-01")]
    public async Task A_recently_passed_day_asks_this_year_or_next_and_creates_the_chosen_one(string arguments, string answer, string expected)
    {
        await using var bot = await BotHarness.CreateAsync();

        var asked = await bot.SayAsync(BotHarness.Admin, "/giao " + arguments);

        Assert.Contains("gần nhất", asked.Text(), StringComparison.Ordinal);
        Assert.Empty(await bot.Get<DeadlineStore>().ListAsync());
        await bot.SayAsync(BotHarness.Admin, answer);
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), Assert.Single(await bot.Get<DeadlineStore>().ListAsync()).DueDate);
    }
}
