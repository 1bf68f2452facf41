using QcdcBot.Tests.Conversation;

namespace QcdcBot.Tests.Letters;

/// <summary>The eleventh fresh-eyes round on /congvan: a clerk's letters, read on Tuesday 1/12/2026.</summary>
public sealed class LetterReviewRound11Tests : ClerkRound
{
    [Theory]
    [InlineData("Các đơn vị gửi báo cáo A trước ngày 15/12/2026. Sở Y tế gửi kế hoạch B trước ngày 16/12/2026.", "sửa 1 trước 23/12/2026", 1)]
    [InlineData("Các đơn vị gửi báo cáo A trước ngày 15/12/2026. Sở Y tế gửi kế hoạch B trước ngày 16/12/2026.", "sửa 2 cho STC, SXD", 2)]
    [InlineData("Sở Y tế, Sở Tài chính nộp danh sách C chậm nhất ngày 10/12/2026; Sở Xây dựng gửi tham luận D trước 18/12/2026.", "sửa 2 trước 17/12/2026", 2)]
    public async Task An_item_created_from_a_letter_sent_again_after_an_edit_is_marked_and_never_created_twice_unasked(string body, string edit, int edited)
    {
        await using var bot = await ProposingAsync(body);
        await bot.SayAsync(BotHarness.Admin, edit);
        await bot.SayAsync(BotHarness.Admin, "tạo tất cả");
        var before = await bot.CountAsync("deadlines");

        var again = (await bot.SayAsync(BotHarness.Admin, "/congvan " + ToGrassroots + body)).Text();
        var asking = await bot.SayAsync(BotHarness.Admin, "tạo 1, 2");
        var asked = asking.Text();

        Assert.Equal(2, before);
        Assert.Contains($"đã tạo thành việc #{edited}", again, StringComparison.Ordinal);
        Assert.Contains($"mục {edited} (trùng việc #{edited})", asked, StringComparison.Ordinal);
        Assert.Contains("Vẫn tạo, dù trùng", asking.Last().Choices.Select(c => c.Label));
        Assert.Equal(2, await bot.CountAsync("deadlines"));
    }

    [Theory]
    [InlineData("Các đơn vị gửi kế hoạch thực hiện Quy chế dân chủ ở cơ sở năm 2026 trước ngày 15/12/2026.", "Các chi, đảng bộ cơ sở gửi kế hoạch thực hiện quy chế dân chủ năm 2026 trước ngày 14/12/2026.")]
    [InlineData("Các đơn vị gửi báo cáo tự kiểm tra, giám sát việc thực hiện QCDC năm 2026 trước ngày 15/12/2026.", "Các đơn vị nộp báo cáo tự kiểm tra giám sát QCDC năm 2026 chậm nhất ngày 18/12/2026.")]
    public async Task A_letter_item_near_an_open_deadline_is_flagged_and_asked_about_as_giao_does(string first, string second)
    {
        await using var bot = await ProposingAsync(first);
        await bot.SayAsync(BotHarness.Admin, "tạo tất cả");

        var proposal = (await bot.SayAsync(BotHarness.Admin, "/congvan " + ToGrassroots.Replace("280-CV", "281-CV", StringComparison.Ordinal) + second)).Text();
        var asked = (await bot.SayAsync(BotHarness.Admin, "tạo tất cả")).Text();

        Assert.Contains("gần giống việc #1", proposal, StringComparison.Ordinal);
        Assert.Contains("(trùng việc #1)", asked, StringComparison.Ordinal);
        Assert.Equal(1, await bot.CountAsync("deadlines"));
    }

    [Theory]
    [InlineData("Đoàn Thanh niên Khối\nCông đoàn viên chức tỉnh", "units:DTN,CDVC")]
    [InlineData("Đoàn Thanh niên Khối\vCông đoàn viên chức tỉnh\vHội Cựu chiến binh Khối", "units:DTN,CDVC,CCB")]
    [InlineData("Hội Cựu chiến binh Khối\nĐoàn Thanh niên Khối", "units:CCB,DTN")]
    public async Task Units_on_lines_of_their_own_in_one_cell_are_each_a_unit(string cell, string units)
    {
        await using var bot = await BotHarness.CreateAsync(Today);
        var docx = LetterFiles.Docx(ToGrassroots + "Đề nghị các đơn vị thực hiện các nội dung sau:\nĐề nghị thực hiện đúng thời hạn.",
            tableRowsAfterLine: ["STT\tNội dung\tĐơn vị thực hiện\tThời hạn", $"1\tTham luận tại Hội nghị\vtổng kết\t{cell}\ttrước ngày 11/12/2026"], afterLine: 7);

        var draft = await ProposalHarness.ProposeAsync(bot, "cv.docx", docx);

        Assert.Equal([$"Tham luận tại Hội nghị tổng kết | 2026-12-11 | {units} | "], await ProposalHarness.DescribeAsync(bot, draft));
    }

    [Theory]
    [InlineData("Đảng bộ Sở Y tế gửi danh sách đề nghị khen thưởng trước ngày 31/11/2026.", "11/12/2026", "trước ngày 10/12/2026.", "10/12/2026")]
    [InlineData("Các đơn vị gửi báo cáo A trước ngày 15/12/2026.", "18/12/2026", "trước ngày 16/12/2026.", "16/12/2026")]
    [InlineData("Sở Tài chính nộp kế hoạch B chậm nhất ngày 9/12/2026 để tổng hợp.", "14/12/2026", "chậm nhất ngày 11/12/2026 để tổng hợp.", "11/12/2026")]
    public async Task A_corrected_letters_new_date_wins_over_the_date_the_admin_had_fixed_and_says_so(string body, string fixedTo, string newEnding, string newDate)
    {
        await using var bot = await ProposingAsync(body);
        await bot.SayAsync(BotHarness.Admin, $"sửa 1 trước {fixedTo}");
        var corrected = ToGrassroots.Replace("ngày 30 tháng 11", "ngày 01 tháng 12", StringComparison.Ordinal) + body[..body.IndexOf(newEnding.Split(' ')[0], StringComparison.Ordinal)] + newEnding;

        var proposal = (await bot.SayAsync(BotHarness.Admin, "/congvan " + corrected)).Text();
        var created = (await bot.SayAsync(BotHarness.Admin, "tạo tất cả")).Text();

        Assert.Contains($"Hạn ở mục 1 cũ đã sửa thành {fixedTo}, nhưng văn bản mới ghi", proposal, StringComparison.Ordinal);
        Assert.Contains($"gõ \"sửa 1 trước {fixedTo}\"", proposal, StringComparison.Ordinal);
        Assert.DoesNotContain("được giữ", proposal, StringComparison.Ordinal);
        Assert.Contains(newDate, created, StringComparison.Ordinal);
        Assert.DoesNotContain(fixedTo, created, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Các đơn vị gửi báo cáo A trước thứ Sáu, ngày 19/12/2026.", "văn bản ghi thứ sáu, nhưng 19/12/2026 là Thứ Bảy; thứ sáu gần nhất là 18/12/2026 (sửa bằng \"sửa 1 trước 18/12/2026\")")]
    [InlineData("Các đơn vị nộp kế hoạch B trước Thứ Hai ngày 15/12/2026.", "văn bản ghi thứ hai, nhưng 15/12/2026 là Thứ Ba; thứ hai gần nhất là 14/12/2026")]
    [InlineData("Các đơn vị gửi danh sách C hạn chót thứ 4, ngày 18/12/2026.", "văn bản ghi thứ tư, nhưng 18/12/2026 là Thứ Sáu; thứ tư gần nhất là 16/12/2026")]
    public async Task A_weekday_the_date_does_not_fall_on_is_shown_with_the_date_it_names(string body, string warning) =>
        Assert.Contains(warning, await OnlyItemOfAsync(body), StringComparison.Ordinal);

    [Theory]
    [InlineData("Các đơn vị gửi báo cáo A trước thứ Sáu, ngày 18/12/2026.")]
    [InlineData("Các đơn vị gửi báo cáo A trước ngày 18/12/2026 (thứ Hai tuần sau họp).")]
    public async Task A_weekday_that_fits_or_is_not_the_dates_says_nothing(string body) =>
        Assert.DoesNotContain("văn bản ghi thứ", await OnlyItemOfAsync(body), StringComparison.Ordinal);

    [Fact]
    public async Task Fixing_the_date_to_the_weekday_written_clears_the_warning()
    {
        await using var bot = await ProposingAsync("Các đơn vị gửi báo cáo A trước thứ Sáu, ngày 19/12/2026.");

        var edited = (await bot.SayAsync(BotHarness.Admin, "sửa 1 trước 18/12/2026")).Text();

        Assert.DoesNotContain("văn bản ghi thứ", edited, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("sửa 1 cho tất cả trừ các đoàn thể khối")]
    [InlineData("sửa 1 cho tất cả các đơn vị trừ DTN, CCB")]
    public async Task Units_an_edit_drops_from_a_long_list_are_offered_back_with_them(string edit)
    {
        await using var bot = await ProposingAsync("Đoàn Thanh niên Khối và Hội Cựu chiến binh Khối gửi báo cáo A trước ngày 15/12/2026.");

        var edited = (await bot.SayAsync(BotHarness.Admin, edit)).Text();

        Assert.Contains("không còn cho DTN, CCB; muốn giữ, gõ \"sửa 1 thêm DTN, CCB\"", edited, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("sửa 1 thêm SYT", "SYT")]
    [InlineData("sửa 1 thêm Sở Tài chính", "STC")]
    [InlineData("sửa 1 thêm SYT, STC", "SYT, STC")]
    public async Task Adding_units_the_item_has_already_says_so(string edit, string codes)
    {
        await using var bot = await ProposingAsync("Sở Y tế và Sở Tài chính gửi báo cáo A trước ngày 15/12/2026.");

        var edited = (await bot.SayAsync(BotHarness.Admin, edit)).Text();

        Assert.StartsWith($"Mục 1 đã có {codes}; không có đơn vị nào để thêm.", edited, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_created_deadline_for_many_units_counts_them_past_ten()
    {
        await using var bot = await ProposingAsync("Các đơn vị gồm: Sở Y tế; Sở Tài chính; Sở Xây dựng; Sở Nội vụ; Sở Tư pháp; Cục Thuế tỉnh; Kho bạc Nhà nước tỉnh; Bảo hiểm xã hội tỉnh; Viettel Yên Bái; Bưu điện tỉnh Yên Bái; Báo Yên Bái; Cục Thống kê tỉnh Yên Bái gửi báo cáo A trước ngày 15/12/2026.");

        var created = (await bot.SayAsync(BotHarness.Admin, "tạo tất cả")).Text();

        Assert.Contains("Đơn vị: 12 đơn vị: ", created, StringComparison.Ordinal);
        Assert.Contains(" và 7 đơn vị khác", created, StringComparison.Ordinal);
        Assert.DoesNotContain("Cục Thống kê tỉnh Yên Bái", created, StringComparison.Ordinal);
    }
}
