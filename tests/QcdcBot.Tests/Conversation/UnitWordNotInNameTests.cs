using QcdcBot.Storage.Submissions;

namespace QcdcBot.Tests.Conversation;

/// <summary>
/// Issue 12 point 12: a word the unit's name lacks ("tỉnh", "YB" the office adds) is never moved into the deadline. The
/// reply names the unit read and the word, writes nothing, and one tap does it with the unit as read.
/// </summary>
public sealed class UnitWordNotInNameTests
{
    [Theory]
    [InlineData("/ghinhan ngan hang nha nuoc tinh {0} ban giay", "NHNN", "tinh")]
    [InlineData("/ghinhan ngân hàng nhà nước tỉnh yb #{0} bản giấy", "NHNN", "tỉnh yb")]
    [InlineData("/ghinhan so y te tinh {0}", "SYT", "tinh")]
    [InlineData("/ghinhan so y te yb ke hoach qcdc ban giay", "SYT", "yb")]
    public async Task Ghinhan_names_the_word_the_unit_lacks_and_writes_nothing_until_taken(string typed, string code, string extra)
    {
        await using var bot = await BotHarness.CreateAsync();
        var plan = await bot.AssignAsync("Kế hoạch QCDC trước ngày 30/10/2024");
        var unit = await bot.UnitAsync(code);

        var asked = (await bot.SayAsync(BotHarness.Admin, string.Format(typed, plan.Id))).Text();

        Assert.DoesNotContain("Không tìm thấy việc", asked, StringComparison.Ordinal);
        Assert.Contains($"không có chữ \"{extra}\"", asked, StringComparison.Ordinal);
        Assert.Contains($"({code})", asked, StringComparison.Ordinal);
        Assert.Null(await bot.Get<SubmissionStore>().LatestAsync(unit.Id, plan.Id));

        var confirm = (await bot.SayAsync(BotHarness.Admin, "1")).Text();
        Assert.Contains($"({code}) đã nộp việc", confirm, StringComparison.Ordinal);
        Assert.Contains($"#{plan.Id}", confirm, StringComparison.Ordinal);
        bot.Time.Advance(TimeSpan.FromMinutes(1)); // read before answering: not a double tap of the first "1"
        var done = (await bot.SayAsync(BotHarness.Admin, "1")).Text();
        Assert.Contains("Biên nhận số", done, StringComparison.Ordinal);
        Assert.NotNull(await bot.Get<SubmissionStore>().LatestAsync(unit.Id, plan.Id));
    }

    [Fact]
    public async Task Chuanhan_names_the_word_the_unit_lacks()
    {
        await using var bot = await BotHarness.CreateAsync();
        var plan = await bot.AssignAsync("Kế hoạch QCDC trước ngày 30/10/2024");

        var asked = (await bot.SayAsync(BotHarness.Admin, $"/chuanhan ngan hang nha nuoc tinh #{plan.Id} chua nhan duoc")).Text();

        Assert.DoesNotContain("Không tìm thấy việc", asked, StringComparison.Ordinal);
        Assert.Contains("không có chữ \"tinh\"", asked, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/tinhhinh ngan hang nha nuoc tinh", "/donvi NHNN")]
    [InlineData("/tinhhinh so y te yb", "/donvi SYT")]
    public async Task Tinhhinh_with_a_unit_and_an_added_word_points_to_its_page(string typed, string page)
    {
        await using var bot = await BotHarness.CreateAsync();
        await bot.AssignAsync("Kế hoạch QCDC trước ngày 30/10/2024");
        await bot.AssignAsync("Báo cáo 6 tháng trước ngày 30/11/2024");

        var reply = (await bot.SayAsync(BotHarness.Admin, typed)).Text();

        Assert.DoesNotContain("Không tìm thấy việc", reply, StringComparison.Ordinal);
        Assert.Contains(page, reply, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/ghinhan ngan hang nha nuoc tinh {0} ban giay", "/ghinhan NHNN #{0} ban giay;")]
    [InlineData("/chuanhan so y te yb {0} chua nhan duoc", "/chuanhan SYT #{0} chua nhan duoc;")]
    public async Task The_command_offered_is_shown_as_it_would_be_typed(string typed, string shown)
    {
        await using var bot = await BotHarness.CreateAsync();
        var plan = await bot.AssignAsync("Kế hoạch QCDC trước ngày 30/10/2024");

        var asked = (await bot.SayAsync(BotHarness.Admin, string.Format(typed, plan.Id))).Text();

        Assert.Contains("Gõ 1 để làm: " + string.Format(shown, plan.Id), asked, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/tinhhinh ngan hang nha nuoc tinh {0}")]
    [InlineData("/tinhhinh so y te tinh #{0}")]
    public async Task The_deadline_number_after_a_unit_with_an_added_word_is_not_one_of_its_words(string typed)
    {
        await using var bot = await BotHarness.CreateAsync();
        var plan = await bot.AssignAsync("Kế hoạch QCDC trước ngày 30/10/2024");
        await bot.AssignAsync("Báo cáo 6 tháng trước ngày 30/11/2024");

        var reply = (await bot.SayAsync(BotHarness.Admin, string.Format(typed, plan.Id))).Text();

        Assert.Contains("không có chữ \"tinh\"", reply, StringComparison.Ordinal);
        Assert.Contains($"/tinhhinh #{plan.Id}", reply, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/chuanhan ngan hang nha nuoc tinh", "tinh")]
    [InlineData("/ghinhan so y te yb", "yb")]
    [InlineData("/chuanhan ngân hàng nhà nước tỉnh", "tỉnh")]
    public async Task A_unit_with_an_added_word_and_no_deadline_is_named_as_a_unit_problem(string typed, string extra)
    {
        await using var bot = await BotHarness.CreateAsync();
        await bot.AssignAsync("Kế hoạch QCDC trước ngày 30/10/2024");

        var reply = (await bot.SayAsync(BotHarness.Admin, typed)).Text();

        Assert.DoesNotContain("Không tìm thấy việc", reply, StringComparison.Ordinal);
        Assert.Contains($"không có chữ \"{extra}\"", reply, StringComparison.Ordinal);
        Assert.Contains("lệnh chưa có việc", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Donvi_with_an_added_word_offers_the_unit()
    {
        await using var bot = await BotHarness.CreateAsync();

        var asked = (await bot.SayAsync(BotHarness.Admin, "/donvi ngan hang nha nuoc tinh")).Text();
        var shown = (await bot.SayAsync(BotHarness.Admin, "1")).Text();

        Assert.Contains("không có chữ \"tinh\"", asked, StringComparison.Ordinal);
        Assert.Contains("NHNN", shown, StringComparison.Ordinal);
    }
}
