using QcdcBot.Storage.Deadlines;
using QcdcBot.Tests.Conversation;

namespace QcdcBot.Tests.Letters;

/// <summary>The eighth fresh-eyes round on /congvan: a clerk's letters, read on Tuesday 1/12/2026.</summary>
public sealed class LetterReviewRound8Tests : ClerkRound
{
    [Theory]
    [InlineData("ĐẢNG ỦY KHỐI\nSố 300-CV/ĐUK\nLào Cai, ngày 27/11/2026\n")]
    [InlineData("ĐẢNG ỦY KHỐI\nSố 300-CV/ĐUK\n\tYên Bái, ngày 27-11-2026.\n")]
    [InlineData("ĐẢNG ỦY KHỐI\nSố 300-CV/ĐUK, ngày 27.11.2026\n")]
    [InlineData("ĐẢNG ỦY KHỐI Số 300-CV/ĐUK Hà Nội, ngày 27/ 11/2026 Kính gửi: Các chi, đảng bộ cơ sở. ")]
    public async Task A_letter_date_written_in_figures_is_read_and_the_year_checks_apply(string head)
    {
        var reply = await ReplyToAsync(head + "Các chi, đảng bộ cơ sở gửi báo cáo tổng kết trước ngày 11/12/2025.");

        Assert.Contains("ngày 27/11/2026", reply, StringComparison.Ordinal);
        Assert.DoesNotContain("không đọc được ngày văn bản", reply, StringComparison.Ordinal);
        Assert.Contains("11/12/2026", reply, StringComparison.Ordinal);
    }

    private const string ThreeItems = "Các đơn vị gửi báo cáo A trước ngày 15/12/2026.\nCác đơn vị gửi báo cáo B trước ngày 16/12/2026.\nCác đơn vị gửi báo cáo C trước ngày 21/12/2026.";

    /// <summary>Each created deadline as "Title | due | unit codes or grassroots", in item order.</summary>
    private static async Task<IReadOnlyList<string>> CreatedAfterAsync(BotHarness bot, params string[] answers)
    {
        foreach (var answer in answers)
        {
            await bot.SayAsync(BotHarness.Admin, answer);
        }

        await bot.SayAsync(BotHarness.Admin, "tạo tất cả dù trùng");
        var units = await bot.Get<QcdcBot.Storage.Units.UnitStore>().AllAsync();
        return [.. (await bot.Get<DeadlineStore>().ListAsync()).OrderBy(d => d.Id).Select(d => $"{d.Title} | {d.DueDate:dd/MM} | {(d.Scope == DeadlineScope.Units ? string.Join(",", d.UnitIds.Select(id => units.Single(u => u.Id == id).Code)) : "grassroots")}")];
    }

    [Theory]
    [InlineData("sửa 1 trước 17/12/2026, sửa 2 cho STC", "Báo cáo A | 17/12 | grassroots", "Báo cáo B | 16/12 | STC", "Báo cáo C | 21/12 | grassroots")]
    [InlineData("sửa 1 tên Báo cáo mới; sửa 3 trước 18/12/2026", "Báo cáo mới | 15/12 | grassroots", "Báo cáo B | 16/12 | grassroots", "Báo cáo C | 18/12 | grassroots")]
    [InlineData("sua 2 cho SYT va sua 1 truoc 17/12/2026", "Báo cáo A | 17/12 | grassroots", "Báo cáo B | 16/12 | SYT", "Báo cáo C | 21/12 | grassroots")]
    [InlineData("sửa 3 tên Báo cáo quý.\nsửa 2 trước 17/12/2026 cho NHNN", "Báo cáo A | 15/12 | grassroots", "Báo cáo B | 17/12 | NHNN", "Báo cáo quý | 21/12 | grassroots")]
    public async Task Two_edits_in_one_message_are_each_applied_to_their_own_item(string edits, string first, string second, string third)
    {
        await using var bot = await ProposingAsync(ThreeItems);

        var created = await CreatedAfterAsync(bot, edits);

        Assert.Equal([first, second, third], created);
    }

    [Theory]
    [InlineData("Các đơn vị gửi báo cáo kết quả khắc phục hạn chế, khuyết điểm sau kiểm điểm trước ngày 18/12/2026.", "Báo cáo kết quả khắc phục hạn chế, khuyết điểm sau kiểm điểm")]
    [InlineData("Đề nghị các đơn vị nộp kế hoạch khắc phục những hạn chế đã chỉ ra chậm nhất ngày 18/12/2026.", "Kế hoạch khắc phục những hạn chế đã chỉ ra")]
    [InlineData("Các đơn vị gửi báo cáo sử dụng hạn mức kinh phí năm 2026 trước ngày 18/12/2026.", "Báo cáo sử dụng hạn mức kinh phí năm 2026")]
    [InlineData("Các đơn vị gửi báo cáo công tác tuyên giáo theo hướng dẫn của Ban Tuyên giáo Tỉnh ủy trước ngày 18/12/2026.", "Báo cáo công tác tuyên giáo")]
    [InlineData("Các đơn vị xây dựng kế hoạch học tập năm 2027 theo hướng dẫn số 12-HD/BTG, gửi về Văn phòng trước ngày 18/12/2026.", "Kế hoạch học tập năm 2027")]
    public async Task Han_inside_a_word_does_not_cut_the_title_and_whose_guidance_is_left_out(string sentence, string title) =>
        Assert.StartsWith(title + " | 2026-12-18 | ", await OnlyItemOfAsync(sentence), StringComparison.Ordinal);

    [Theory]
    [InlineData("Các đơn vị gửi báo cáo W trước ngày 18/12/207.", "sửa 1", "31/12/2026")]
    [InlineData("Các đơn vị gửi báo cáo W trước ngày 18/12/207.", "tạo 5", "31/12/2026")]
    [InlineData("Các đơn vị gửi báo cáo W trước ngày 1/1/2027.", "sửa 1", "31/12/2026")]
    public async Task An_example_date_in_a_hint_is_a_working_day(string body, string answer, string example)
    {
        await using var bot = await ProposingAsync(body);

        var reply = (await bot.SayAsync(BotHarness.Admin, answer)).Text();

        Assert.Contains($"trước {example}", reply, StringComparison.Ordinal);
        Assert.DoesNotContain("trước 1/1/2027", reply, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("sửa 2 tên Kế hoạch tuyên truyền trước ngày 30/12/2026", "Kế hoạch tuyên truyền", "trước ngày 30/12/2026", "sửa 2 trước 30/12/2026")]
    [InlineData("sửa 2 tên Bảng đăng ký thi đua, hạn chót 29/12/2026", "Bảng đăng ký thi đua", "hạn chót 29/12/2026", "sửa 2 trước 29/12/2026")]
    [InlineData("sua 2 ten Danh sach dang vien cham nhat 28/12 nop lai", "Danh sach dang vien nop lai", "cham nhat 28/12", "sửa 2 trước 28/12")]
    public async Task A_due_phrase_typed_in_a_new_title_is_left_out_of_it_and_the_due_date_change_offered(string edit, string title, string said, string offered)
    {
        await using var bot = await ProposingAsync("Các đơn vị gửi báo cáo A trước ngày 15/12/2026.\nCác đơn vị gửi báo cáo B trước ngày 23/12/2026.");

        var reply = (await bot.SayAsync(BotHarness.Admin, edit)).Text();
        var created = await CreatedAfterAsync(bot);

        Assert.Contains($"đã bỏ \"{said}\" khỏi tên mục 2; hạn vẫn là 23/12/2026", reply, StringComparison.Ordinal);
        Assert.Contains($"gõ \"{offered}\"", reply, StringComparison.Ordinal);
        Assert.Equal($"{title} | 23/12 | grassroots", created[1]);
    }

    [Theory]
    [InlineData("Đề nghị Sở Y tế, Sở Lao động, Thương binh và Xã hội gửi báo cáo A trước ngày 15/12/2026.", "units:SYT,SLDTBXH")]
    [InlineData("Các đơn vị gồm: Sở Lao động, Thương binh và Xã hội; Sở Khoa học và Công nghệ gửi báo cáo A trước ngày 15/12/2026.", "units:SLDTBXH,SKHCN")]
    public async Task A_piece_of_a_matched_unit_name_is_not_read_again(string sentence, string units)
    {
        var item = await OnlyItemOfAsync(sentence);

        Assert.StartsWith($"Báo cáo A | 2026-12-15 | {units} | ", item, StringComparison.Ordinal);
        Assert.DoesNotContain("khớp nhiều", item, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Đề nghị Sở Y tế, Bệnh viện Phụ Sản Nhi Yên Bái gửi báo cáo A trước ngày 15/12/2026.", "sửa 1 thêm BVSN")]
    [InlineData("Đề nghị Sở Y tế; Bệnh viện Phụ Sản Nhi gửi báo cáo A trước ngày 15/12/2026.", "sửa 1 thêm BVSN, NHNN")]
    public async Task Adding_the_unit_a_name_stood_for_clears_that_name(string sentence, string edit)
    {
        await using var bot = await BotHarness.CreateAsync(Today);
        var proposal = (await bot.SayAsync(BotHarness.Admin, "/congvan " + ToGrassroots + sentence)).Text();

        var reply = (await bot.SayAsync(BotHarness.Admin, edit)).Text();

        Assert.Contains("chưa khớp", proposal, StringComparison.Ordinal);
        Assert.Contains("Đã sửa mục 1", reply, StringComparison.Ordinal);
        Assert.DoesNotContain("chưa khớp", reply, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Các tổ chức đoàn thể khối nộp báo cáo A trước ngày 15/12/2026.", "kind:DoanThe")]
    [InlineData("Đề nghị các tổ chức đoàn thể gửi báo cáo A trước ngày 15/12/2026.", "kind:DoanThe")]
    [InlineData("Các chi bộ gửi báo cáo A trước ngày 15/12/2026.", "kind:ChiBo")]
    [InlineData("TT\tNội dung\tĐơn vị thực hiện\tThời hạn\n1\tBáo cáo A\tCác chi bộ\t15/12/2026\n", "kind:ChiBo")]
    public async Task A_group_named_in_a_sentence_or_a_cell_is_that_group_only(string body, string scope) =>
        Assert.StartsWith($"Báo cáo A | 2026-12-15 | {scope} | ", await OnlyItemOfAsync(body), StringComparison.Ordinal);

    [Theory]
    [InlineData("TT\tNội dung\tThời gian hoàn thành\n1\tBáo cáo A\tngày 23 tháng 12 năm 2026\n", "Báo cáo A | 2026-12-23 | grassroots | ")]
    [InlineData("TT\tNội dung\tThời hạn\n1\tBáo cáo A\t23 tháng 12, năm 2026\n", "Báo cáo A | 2026-12-23 | grassroots | ")]
    [InlineData("TT\tNội dung\tThời hạn\n1\tBáo cáo A\ttrong tháng 2/2027\n", "Báo cáo A | 2027-02-26 | grassroots | văn bản chỉ ghi")]
    public async Task A_due_cell_in_words_or_within_a_month_is_read(string body, string expected) =>
        Assert.StartsWith(expected, await OnlyItemOfAsync(body), StringComparison.Ordinal);
}
