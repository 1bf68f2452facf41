using QcdcBot.Storage.Deadlines;
using QcdcBot.Storage.Units;

namespace QcdcBot.Tests.Conversation;

/// <summary>
/// /giao's "which units?" question reads what it invites: the units by code or name, or their numbers in /donvi's
/// list (or in the list of units shown just before); a number it cannot read keeps the question open and says which
/// numbers there are, never "từ 1 đến 0". A letter's "Các đơn vị có tên … gồm: A; B, C, tiến hành …" is read as
/// /congvan reads it, however long the words before "gồm:" (office18 F1).
/// </summary>
public sealed class GiaoUnitsQuestionTests
{
    private static readonly DateTimeOffset Today = new(2026, 12, 10, 2, 0, 0, TimeSpan.Zero);

    private const string Qualified = "/giao Báo cáo kết quả kiểm tra cho các đơn vị có trong kế hoạch kiểm tra năm 2027 trước 20/1/2027";

    [Theory]
    [InlineData("Các đơn vị có tên được Đoàn kiểm tra của Ban Chỉ đạo tới làm việc trực tiếp gồm: Ban Quản lý các khu công nghiệp tỉnh Yên Bái; Cục Thống kê tỉnh Yên Bái, Trường Cao đẳng Yên Bái, tiến hành rà soát các văn bản và các nội dung thực hiện dân chủ ở cơ sở từ ngày 01/10/2025 đến ngày 30/9/2026, đồng thời xây dựng báo cáo tự kiểm tra gửi về Ban Chỉ đạo Đảng ủy Khối trước ngày 15/01/2027 (Qua Ban Tuyên giáo).")]
    [InlineData("Các đơn vị có tên được Đoàn kiểm tra của Ban Chỉ đạo tới làm việc trực tiếp gồm: Ban Quản lý các khu công nghiệp tỉnh Yên Bái; Cục Thống kê tỉnh Yên Bái, Trường Cao đẳng Yên Bái, tiến hành rà soát các văn bản và các nội dung thực hiện dân chủ ở cơ sở, đồng thời xây dựng báo cáo tự kiểm tra gửi về Ban Chỉ đạo Đảng ủy Khối trước ngày 15/01/2027 (Qua Ban Tuyên giáo).")]
    [InlineData("Cac don vi co ten duoc Doan kiem tra cua Ban Chi dao toi lam viec truc tiep gom: Ban Quan ly cac khu cong nghiep tinh Yen Bai; Cuc Thong ke tinh Yen Bai, Truong Cao dang Yen Bai, tien hanh ra soat va xay dung bao cao tu kiem tra truoc ngay 15/01/2027")]
    public async Task A_long_gom_letter_sentence_is_read_with_its_named_units_as_congvan_reads_it(string sentence)
    {
        await using var bot = await BotHarness.CreateAsync(Today);

        var asked = (await bot.SayAsync(BotHarness.Admin, "/giao " + sentence)).Text();
        Assert.Empty(await bot.Get<DeadlineStore>().ListAsync());

        Assert.DoesNotContain("là những đơn vị nào", asked, StringComparison.Ordinal);
        if (asked.Contains("bot đọc như /congvan đọc", StringComparison.Ordinal))
        {
            await bot.SayAsync(BotHarness.Admin, "1");
            var deadline = Assert.Single(await bot.Get<DeadlineStore>().ListAsync());
            Assert.DoesNotContain("Ban Quản lý", deadline.Title, StringComparison.Ordinal);
            Assert.Equal(new DateOnly(2027, 1, 15), deadline.DueDate);
            var codes = await CodesAsync(bot, deadline);
            Assert.Equal(["BQLKCN", "CDYB", "CTK"], codes.Order().ToArray());
        }
        else
        {
            // No short title could be made: the units are still the ones named, kept in the command to retype.
            Assert.Contains("cho BQLKCN, CTK, CDYB", asked, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task List_numbers_answer_the_which_units_question_in_donvi_order_at_once_after_donvi_was_shown()
    {
        await using var bot = await BotHarness.CreateAsync(Today);
        var all = await bot.Get<UnitStore>().AllAsync();
        await bot.SayAsync(BotHarness.Admin, "/donvi");

        var asked = (await bot.SayAsync(BotHarness.Admin, Qualified)).Text();
        var answered = (await bot.SayAsync(BotHarness.Admin, "12, 48, 11")).Text();

        Assert.Contains($"số thứ tự từ 1 đến {all.Count} trong danh sách /donvi", asked, StringComparison.Ordinal);
        Assert.DoesNotContain("chưa được trả lời", answered, StringComparison.Ordinal);
        var deadline = Assert.Single(await bot.Get<DeadlineStore>().ListAsync());
        Assert.Equal(new[] { all[10].Id, all[11].Id, all[47].Id }, deadline.UnitIds.Order().ToArray());
    }

    [Theory]
    [InlineData("/giao bc Gseven truoc 18/12 cac chi bo thuoc dot 2", "5, 7", new[] { 5, 7 }, "2")]
    [InlineData("/giao Báo cáo G7 trước 18/12 các chi bộ thuộc đợt 2", "12; 48; 11", new[] { 11, 12, 48 }, "khong")]
    [InlineData(Qualified, "NHNN, 3", new[] { 3 }, "0")]
    public async Task Numbers_with_no_list_shown_name_their_units_and_create_nothing_until_confirmed(string command, string typed, int[] places, string no)
    {
        await using var bot = await BotHarness.CreateAsync(Today);
        var all = await bot.Get<UnitStore>().AllAsync();
        await bot.SayAsync(BotHarness.Admin, command);

        // Places in a list of every unit the office never saw here (tester12c R3: two đảng bộ for "các chi bộ"):
        // each unit is named before anything is written, and the office's habitual "2 = Không" writes nothing.
        var asked = (await bot.SayAsync(BotHarness.Admin, typed)).Text();
        Assert.Empty(await bot.Get<DeadlineStore>().ListAsync());
        foreach (var place in places)
        {
            Assert.Contains($"{all[place - 1].Name} ({all[place - 1].Code})", asked, StringComparison.Ordinal);
        }

        await bot.SayAsync(BotHarness.Admin, no);
        Assert.Empty(await bot.Get<DeadlineStore>().ListAsync());

        await bot.SayAsync(BotHarness.Admin, command);
        await bot.SayAsync(BotHarness.Admin, typed);
        bot.Time.Advance(TimeSpan.FromMinutes(1));
        await bot.SayAsync(BotHarness.Admin, "1");
        var expected = places.Select(p => all[p - 1].Id).Concat(typed.StartsWith("NHNN", StringComparison.Ordinal) ? [all.Single(u => u.Code == "NHNN").Id] : []).Distinct();
        Assert.Equal(expected.Order().ToArray(), Assert.Single(await bot.Get<DeadlineStore>().ListAsync()).UnitIds.Order().ToArray());
    }

    [Theory]
    [InlineData("1")]
    [InlineData("999")]
    [InlineData("3, 999")]
    public async Task A_number_it_cannot_read_keeps_the_which_units_question_open_and_never_says_from_1_to_0(string typed)
    {
        await using var bot = await BotHarness.CreateAsync(Today);
        var all = await bot.Get<UnitStore>().AllAsync();
        await bot.SayAsync(BotHarness.Admin, Qualified);

        var reply = (await bot.SayAsync(BotHarness.Admin, typed)).Text();
        if (typed == "1")
        {
            // The first unit of /donvi's list, as invited, once confirmed (see the bare digit test below); a "1" typed
            // at once again would be read as a double tap.
            bot.Time.Advance(TimeSpan.FromMinutes(1));
            await bot.SayAsync(BotHarness.Admin, "1");
            Assert.Equal([all[0].Id], Assert.Single(await bot.Get<DeadlineStore>().ListAsync()).UnitIds);
            return;
        }

        Assert.DoesNotContain("từ 1 đến 0", reply, StringComparison.Ordinal);
        Assert.Contains($"số thứ tự chỉ từ 1 đến {all.Count}", reply, StringComparison.Ordinal);
        Assert.Contains("Câu hỏi vẫn chờ", reply, StringComparison.Ordinal);
        Assert.Empty(await bot.Get<DeadlineStore>().ListAsync());
        await bot.SayAsync(BotHarness.Admin, "NHNN, SYT");
        Assert.Equal(2, Assert.Single(await bot.Get<DeadlineStore>().ListAsync()).UnitIds.Count);
    }

    [Theory]
    [InlineData(Qualified, "2", "2")]
    [InlineData(Qualified, "1", "khong")]
    [InlineData("/giao bc G4 truoc 18/12 cac don vi duoc kiem tra nam 2026", "2", "0")]
    [InlineData("/giao bc G4 truoc 18/12 cho cac don vi duoc kiem tra nam 2026", "1", "2")]
    public async Task A_bare_digit_to_the_which_units_question_names_the_unit_and_creates_nothing_until_confirmed(string command, string digit, string no)
    {
        await using var bot = await BotHarness.CreateAsync(Today);
        var all = await bot.Get<UnitStore>().AllAsync();
        var unit = all[int.Parse(digit, System.Globalization.CultureInfo.InvariantCulture) - 1];
        await bot.SayAsync(BotHarness.Admin, command);

        var asked = (await bot.SayAsync(BotHarness.Admin, digit)).Text();
        Assert.Empty(await bot.Get<DeadlineStore>().ListAsync());
        Assert.Contains($"{unit.Name} ({unit.Code})", asked, StringComparison.Ordinal);

        // The office's habitual "2 = Không" (or "không", "0") then creates nothing; "1" creates it for that one unit.
        await bot.SayAsync(BotHarness.Admin, no);
        Assert.Empty(await bot.Get<DeadlineStore>().ListAsync());
        await bot.SayAsync(BotHarness.Admin, command);
        await bot.SayAsync(BotHarness.Admin, digit);
        bot.Time.Advance(TimeSpan.FromMinutes(1));
        await bot.SayAsync(BotHarness.Admin, "1");
        Assert.Equal([unit.Id], Assert.Single(await bot.Get<DeadlineStore>().ListAsync()).UnitIds);
    }

    private static async Task<List<string>> CodesAsync(BotHarness bot, Deadline deadline) =>
        [.. (await bot.Get<UnitStore>().AllAsync()).Where(deadline.Covers).Select(u => u.Code)];
}
