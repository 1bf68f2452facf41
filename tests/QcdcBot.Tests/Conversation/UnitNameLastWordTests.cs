using QcdcBot.Storage.Submissions;

namespace QcdcBot.Tests.Conversation;

/// <summary>
/// Issue 12 point 12 (tester12d F8, F2): a unit's name is never cut short by the deadline typed after it. A bare
/// number after the whole name ("so y te 2", "cuc thue 2") is that unit's deadline #2, never "không có chữ "te"" nor
/// "cuc" alone matching five units; "… yên bái" before a deadline in words names "yen bai" as unread, never moving
/// "bai" into the deadline.
/// </summary>
public sealed class UnitNameLastWordTests
{
    [Theory]
    [InlineData("/ghinhan so y te {0}", "SYT")]
    [InlineData("/ghinhan dang bo so y te {0} ban giay", "SYT")]
    [InlineData("/ghinhan chi bo thanh tra {0}", "TTRA")]
    [InlineData("/ghinhan ngan hang nha nuoc {0} ban giay", "NHNN")]
    [InlineData("/ghinhan cuc thue {0} qua email", "CTHUE")]
    [InlineData("/ghinhan cục thuế {0}", "CTHUE")]
    [InlineData("/ghinhan vien thong {0}", "VNPT")]
    [InlineData("/ghinhan Bảo Việt {0}", "BAOVIET")]
    public async Task Ghinhan_takes_the_whole_name_before_a_bare_deadline_number(string typed, string code)
    {
        await using var bot = await BotHarness.CreateAsync();
        await bot.AssignAsync("Báo cáo 6 tháng trước ngày 30/11/2024");
        var plan = await bot.AssignAsync("Kế hoạch QCDC trước ngày 30/10/2024");
        var unit = await bot.UnitAsync(code);

        var asked = (await bot.SayAsync(BotHarness.Admin, string.Format(typed, plan.Id))).Text();

        Assert.DoesNotContain("không có chữ", asked, StringComparison.Ordinal);
        Assert.DoesNotContain("khớp với", asked, StringComparison.Ordinal);
        Assert.Contains($"({code})", asked, StringComparison.Ordinal);
        bot.Time.Advance(TimeSpan.FromMinutes(1));
        var done = (await bot.SayAsync(BotHarness.Admin, "1")).Text();
        Assert.Contains("Biên nhận số", done, StringComparison.Ordinal);
        Assert.NotNull(await bot.Get<SubmissionStore>().LatestAsync(unit.Id, plan.Id));
    }

    [Theory]
    [InlineData("/chuanhan so ke hoach {0} khong thay")]
    [InlineData("/chuanhan cuc thue {0}")]
    public async Task Chuanhan_takes_the_whole_name_before_a_bare_deadline_number(string typed)
    {
        await using var bot = await BotHarness.CreateAsync();
        var plan = await bot.AssignAsync("Kế hoạch QCDC trước ngày 30/10/2024");

        var reply = (await bot.SayAsync(BotHarness.Admin, string.Format(typed, plan.Id))).Text();

        Assert.DoesNotContain("không có chữ", reply, StringComparison.Ordinal);
        Assert.DoesNotContain("khớp với", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Chuanhan_with_a_whole_name_and_no_deadline_never_says_a_word_is_missing()
    {
        await using var bot = await BotHarness.CreateAsync();
        await bot.AssignAsync("Kế hoạch QCDC trước ngày 30/10/2024");

        var reply = (await bot.SayAsync(BotHarness.Admin, "/chuanhan ngan hang nha nuoc")).Text();

        Assert.DoesNotContain("không có chữ", reply, StringComparison.Ordinal);
        Assert.Contains("/chuanhan NHNN #", reply, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/ghinhan truong chinh tri tinh yen bai so ket 6 thang ban giay", "yen bai", "/ghinhan TCT #{0} ban giay")]
    [InlineData("/ghinhan văn phòng tỉnh ủy yên bái sơ kết 6 tháng", "yên bái", "/ghinhan VPTU #{0}")]
    [InlineData("/chuanhan so y te yen bai so ket 6 thang", "yen bai", "/chuanhan SYT #{0}")]
    public async Task Yen_bai_after_a_unit_is_named_as_unread_never_moved_into_the_deadline(string typed, string unread, string offered)
    {
        await using var bot = await BotHarness.CreateAsync();
        await bot.AssignAsync("Kế hoạch QCDC trước ngày 30/10/2024");
        var plan = await bot.AssignAsync("Báo cáo sơ kết 6 tháng công tác dân vận trước ngày 30/11/2024");

        var asked = (await bot.SayAsync(BotHarness.Admin, typed)).Text();

        Assert.Contains($"không có chữ \"{unread}\"", asked, StringComparison.Ordinal);
        Assert.Contains("Gõ 1 để làm: " + string.Format(offered, plan.Id), asked, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/tinhhinh ngan hang nha nuoc {0}", "NHNN", "/tinhhinh #{0}")]
    [InlineData("/tinhhinh {0} NHNN", "NHNN", "/tinhhinh #{0}")]
    [InlineData("/chuanop #{0} so y te", "SYT", "/chuanop #{0}")]
    public async Task A_view_given_a_unit_and_a_deadline_number_points_to_both(string typed, string code, string view)
    {
        await using var bot = await BotHarness.CreateAsync();
        var plan = await bot.AssignAsync("Kế hoạch QCDC trước ngày 30/10/2024");
        await bot.AssignAsync("Báo cáo 6 tháng trước ngày 30/11/2024");

        var reply = (await bot.SayAsync(BotHarness.Admin, string.Format(typed, plan.Id))).Text();

        Assert.DoesNotContain("không có chữ", reply, StringComparison.Ordinal);
        Assert.DoesNotContain("Không tìm thấy việc", reply, StringComparison.Ordinal);
        Assert.Contains($"/donvi {code}", reply, StringComparison.Ordinal);
        Assert.Contains(string.Format(view, plan.Id), reply, StringComparison.Ordinal);
    }
}
