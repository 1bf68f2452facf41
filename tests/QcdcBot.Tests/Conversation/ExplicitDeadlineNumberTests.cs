using QcdcBot.Storage.Submissions;

namespace QcdcBot.Tests.Conversation;

/// <summary>
/// Issue 12 point 12 (tester12 F3): an explicit "#N" is the deadline in /ghinhan and /chuanhan. A stray word of the unit's
/// name ("tinh", "chi nhanh") that happens to fit another deadline's title ("Báo cáo nhanh tình hình") is named and
/// asked about, never taken as the deadline, and the "#N" is never moved into the note.
/// </summary>
public sealed class ExplicitDeadlineNumberTests
{
    [Theory]
    [InlineData("/ghinhan so y te tinh #{0} nhan hom qua", "SYT", "tinh")]
    [InlineData("/ghinhan ngan hang nha nuoc chi nhanh yen bai #{0} ban giay", "NHNN", "chi nhanh yen bai")]
    [InlineData("/ghinhan SYT tinh #{0} ban giay", "SYT", "tinh")]
    [InlineData("/ghinhan ngân hàng nhà nước tỉnh #{0}, bản giấy", "NHNN", "tỉnh")]
    [InlineData("/ghinhan SYT tinh {0} ban giay", "SYT", "tinh")]
    [InlineData("/ghinhan so y te tinh yen bai {0} ban giay", "SYT", "tinh yen bai")]
    [InlineData("/ghinhan NHNN chi nhanh {0} ban giay", "NHNN", "chi nhanh")]
    [InlineData("/ghinhan sở y tế tỉnh {0}", "SYT", "tỉnh")]
    [InlineData("/ghinhan NHNN nhanh {0}, bản giấy", "NHNN", "nhanh")]
    public async Task An_explicit_number_wins_over_a_stray_word_that_fits_another_title(string typed, string code, string extra)
    {
        await using var bot = await BotHarness.CreateAsync();
        var plan = await bot.AssignAsync("Kế hoạch QCDC trước ngày 30/10/2024");
        var other = await bot.AssignAsync("Báo cáo nhanh tình hình trước ngày 30/10/2024 cho NHNN, SYT");
        var unit = await bot.UnitAsync(code);

        var asked = (await bot.SayAsync(BotHarness.Admin, string.Format(typed, plan.Id))).Text();

        Assert.Contains($"không có chữ \"{extra}\"", asked, StringComparison.Ordinal);
        Assert.DoesNotContain("nhanh tình hình", asked, StringComparison.Ordinal);
        Assert.Contains($"#{plan.Id}", asked, StringComparison.Ordinal);
        Assert.Null(await bot.Get<SubmissionStore>().LatestAsync(unit.Id, plan.Id));

        // The bot's own rewrite keeps the unit whole and the number as the deadline.
        var confirm = (await bot.SayAsync(BotHarness.Admin, "1")).Text();
        Assert.Contains($"({code}) đã nộp việc #{plan.Id} \"Kế hoạch QCDC\"", confirm, StringComparison.Ordinal);
        Assert.DoesNotContain($"#{other.Id}", confirm, StringComparison.Ordinal);
        Assert.DoesNotContain("ghi chú \"#", confirm, StringComparison.Ordinal);
        Assert.Null(await bot.Get<SubmissionStore>().LatestAsync(unit.Id, other.Id));
    }

    [Theory]
    [InlineData("/chuanhan so y te tinh #{0} chua nhan duoc mail", "tinh")]
    [InlineData("/chuanhan ngan hang nha nuoc chi nhanh #{0} chua thay ban giay", "chi nhanh")]
    [InlineData("/chuanhan so y te tinh yen bai {0} chua nhan", "tinh yen bai")]
    [InlineData("/chuanhan SYT tinh {0} chua nhan duoc mail", "tinh")]
    public async Task Chuanhan_takes_the_explicit_number_and_asks_about_the_stray_word(string typed, string extra)
    {
        await using var bot = await BotHarness.CreateAsync();
        var plan = await bot.AssignAsync("Kế hoạch QCDC trước ngày 30/10/2024");
        await bot.AssignAsync("Báo cáo nhanh tình hình trước ngày 30/10/2024 cho NHNN, SYT");

        var asked = (await bot.SayAsync(BotHarness.Admin, string.Format(typed, plan.Id))).Text();

        Assert.Contains($"không có chữ \"{extra}\"", asked, StringComparison.Ordinal);
        Assert.DoesNotContain("nhanh tình hình", asked, StringComparison.Ordinal);
        Assert.Contains($"#{plan.Id}", asked, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bare_number_with_a_file_is_the_deadline_and_the_stray_word_is_asked_about()
    {
        await using var bot = await BotHarness.CreateAsync();
        var plan = await bot.AssignAsync("Kế hoạch QCDC trước ngày 30/10/2024");
        await bot.AssignAsync("Báo cáo nhanh tình hình trước ngày 30/10/2024 cho NHNN, SYT");
        var unit = await bot.UnitAsync("SYT");

        var asked = (await bot.SendFileAsync(BotHarness.Admin, "bc.docx", [4, 2], $"/ghinhan so y te tinh {plan.Id} nhan qua mail")).Text();

        Assert.Contains("không có chữ \"tinh\"", asked, StringComparison.Ordinal);
        Assert.DoesNotContain("nhanh tình hình", asked, StringComparison.Ordinal);
        Assert.Contains($"/ghinhan SYT #{plan.Id} nhan qua mail", asked, StringComparison.Ordinal);
        Assert.Null(await bot.Get<SubmissionStore>().LatestAsync(unit.Id, plan.Id));
    }

    [Fact]
    public async Task Running_words_of_a_title_keep_it_and_the_number_after_them_stays_in_the_note()
    {
        await using var bot = await BotHarness.CreateAsync();
        await bot.AssignAsync("Kế hoạch QCDC trước ngày 30/10/2024");
        var quick = await bot.AssignAsync("Báo cáo nhanh tình hình trước ngày 30/10/2024 cho NHNN, SYT");

        var asked = (await bot.SayAsync(BotHarness.Admin, "/ghinhan SYT bao cao nhanh 1 ban giay")).Text();

        Assert.Contains($"việc #{quick.Id} \"Báo cáo nhanh tình hình\"", asked, StringComparison.Ordinal);
        Assert.Contains("ghi chú \"1 ban giay\"", asked, StringComparison.Ordinal);
    }
}
