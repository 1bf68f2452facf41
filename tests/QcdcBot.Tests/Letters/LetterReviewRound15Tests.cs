using QcdcBot.Tests.Conversation;

namespace QcdcBot.Tests.Letters;

/// <summary>The fifteenth round on /congvan: bare table rows under a heading, title years after edits, "trong tháng" that asks nothing.</summary>
public sealed class LetterReviewRound15Tests : ClerkRound
{
    [Theory]
    [InlineData("2. Hồ sơ đề nghị khen thưởng phong trào thi đua Dân vận khéo năm 2026", "1\tHồ sơ\tCác chi, đảng bộ cơ sở\t22/12/2026",
        "Hồ sơ đề nghị khen thưởng phong trào thi đua Dân vận khéo năm 2026")]
    [InlineData("2. Hồ sơ đề nghị khen thưởng phong trào thi đua Dân vận khéo năm 2026", "1\tBáo cáo\tCác chi, đảng bộ cơ sở\t18/12/2026",
        "Báo cáo trong hồ sơ đề nghị khen thưởng phong trào thi đua Dân vận khéo năm 2026")]
    [InlineData("3. Về việc sơ kết công tác tuyên giáo năm 2026", "1\tBáo cáo\tCác chi bộ\t18/12/2026",
        "Báo cáo sơ kết công tác tuyên giáo năm 2026")]
    [InlineData("1. Kế hoạch thực hiện Quy chế dân chủ ở cơ sở năm 2027", "1\tKế hoạch\tCác chi bộ\t15/01/2027",
        "Kế hoạch thực hiện Quy chế dân chủ ở cơ sở năm 2027")]
    public async Task A_table_row_naming_only_a_kind_of_paper_takes_the_topic_of_the_numbered_heading_above(string heading, string row, string title)
    {
        var text = ToGrassroots + "II. NỘI DUNG\n" + heading;
        var docx = LetterFiles.Docx(text, tableRowsAfterLine: ["TT\tNội dung\tĐơn vị thực hiện\tThời hạn", row], afterLine: text.Split('\n').Length);

        var item = Assert.Single(await ItemsOfFileAsync("cv.docx", docx));

        Assert.Equal(title, item.Split(" | ")[0]);
    }
    [Theory]
    [InlineData("1\tBáo cáo tổng kết năm 2024\tCác chi bộ\t15/12/2026", "tên việc ghi năm 2024 mà hạn ở năm 2026")]
    [InlineData("1\tKế hoạch thực hiện QCDC năm 2028\tCác chi, đảng bộ cơ sở\t10/4/2027", "tên việc ghi năm 2028 nhưng hạn là 10/4/2027; nếu hạn là 10/4/2028, sửa bằng \"sửa 1 trước 10/4/2028\"")]
    [InlineData("1\tBáo cáo tổng kết năm 2025\tCác chi bộ\t15/01/2027", "tên việc ghi năm 2025 mà hạn ở năm 2027")]
    public async Task A_table_row_whose_title_year_does_not_fit_its_due_date_is_warned(string row, string warning)
    {
        var docx = LetterFiles.Docx(ToGrassroots + "1. Về việc báo cáo", tableRowsAfterLine: ["TT\tNội dung\tĐơn vị thực hiện\tThời hạn", row], afterLine: ToGrassroots.Split('\n').Length);

        var item = Assert.Single(await ItemsOfFileAsync("cv.docx", docx));

        Assert.Contains(warning, item.Split(" | ")[3], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Các đơn vị gửi kế hoạch thực hiện QCDC ở cơ sở năm 2026 trước ngày 15/12/2026.", "sửa 1 tên Kế hoạch thực hiện QCDC ở cơ sở năm 2024", "tên việc ghi năm 2024 mà hạn ở năm 2026")]
    [InlineData("Các đơn vị gửi kế hoạch thực hiện QCDC ở cơ sở năm 2024 trước ngày 15/12/2024.", "sửa 1 trước 15/12/2026", "tên việc ghi năm 2024 mà hạn ở năm 2026")]
    [InlineData("Các chi bộ nộp báo cáo thi đua năm 2027 trước ngày 20/12/2026.", "sửa 1 trước 10/1/2027", null)]
    [InlineData("Các chi bộ nộp đăng ký thi đua năm 2028 trước ngày 20/12/2026.", "sửa 1 trước 10/4/2027", "tên việc ghi năm 2028 nhưng hạn là 10/4/2027")]
    public async Task An_edit_that_makes_the_title_year_and_the_due_year_disagree_is_warned(string body, string edit, string? warning)
    {
        await using var bot = await ProposingAsync(body);

        var reply = (await bot.SayAsync(BotHarness.Admin, edit)).Text();

        if (warning is null)
        {
            Assert.DoesNotContain("tên việc ghi năm", reply, StringComparison.Ordinal);
        }
        else
        {
            Assert.Contains(warning, reply, StringComparison.Ordinal);
        }
    }
    [Theory]
    [InlineData("Ban Tuyên giáo sẽ tổ chức hội nghị sơ kết trong tháng 12/2026.\nCác đơn vị gửi báo cáo A trước ngày 15/12/2026.", "tháng 12/2026")]
    [InlineData("Đảng ủy Khối tổ chức tọa đàm vào cuối tháng 1/2027.\nCác đơn vị gửi báo cáo A trước ngày 15/12/2026.", "tháng 1/2027")]
    [InlineData("Hội nghị tổng kết diễn ra trong tháng 1 năm 2027.\nCác đơn vị gửi báo cáo A trước ngày 15/12/2026.", "tháng 1 năm 2027")]
    public async Task A_month_in_a_sentence_that_asks_nothing_of_the_units_is_not_named_as_an_unread_deadline(string body, string month)
    {
        var reply = await ReplyToAsync(ToGrassroots + body);

        Assert.Contains("1. ", reply, StringComparison.Ordinal);
        Assert.DoesNotContain(month + "\": chỉ ghi", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_month_in_the_letters_subject_line_is_not_named_as_an_unread_deadline()
    {
        await using var bot = await BotHarness.CreateAsync(Today);
        var letter = ToGrassroots.Replace("Yên Bái, ngày", "V/v triển khai đợt sinh hoạt chính trị trong tháng 12 năm 2026\nYên Bái, ngày", StringComparison.Ordinal)
            + "Các đơn vị gửi báo cáo A trước ngày 15/12/2026.";

        var reply = (await bot.SayAsync(BotHarness.Admin, "/congvan " + letter)).Text();

        Assert.DoesNotContain("tháng 12 năm 2026\": chỉ ghi", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_week_of_a_month_in_a_request_is_still_named_as_an_unread_deadline()
    {
        var reply = await ReplyToAsync(ToGrassroots + "Các đơn vị gửi báo cáo A trước ngày 15/12/2026.\nĐề nghị các chi bộ gửi danh sách chậm nhất trong tuần đầu tháng 01/2027.");

        Assert.Contains("tháng 01/2027\": chỉ ghi", reply, StringComparison.Ordinal);
    }
    [Theory]
    [InlineData("sửa 1 thêm Sở Ngoại giao", "\"Sở Ngoại giao\" có phải SNGV")]
    [InlineData("sửa 1 cho Sở Khoa học vui", "\"Sở Khoa học vui\" có phải SKHCN")]
    public async Task A_unit_name_in_an_edit_that_matches_nothing_gets_the_guess_the_proposal_gives(string edit, string hint)
    {
        await using var bot = await ProposingAsync("Đảng bộ Sở Y tế gửi báo cáo A trước ngày 15/12/2026.");

        var reply = (await bot.SayAsync(BotHarness.Admin, edit)).Text();

        Assert.Contains(hint, reply, StringComparison.Ordinal);
    }
}
