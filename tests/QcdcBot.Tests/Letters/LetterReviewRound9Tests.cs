using QcdcBot.Storage.Units;
using QcdcBot.Tests.Conversation;

namespace QcdcBot.Tests.Letters;

/// <summary>The ninth fresh-eyes round on /congvan: a clerk's letters, read on Tuesday 1/12/2026.</summary>
public sealed class LetterReviewRound9Tests : ClerkRound
{
    private const string Enterprises = "units:SUHLS,XDGT,HBM,DIENLUC,VNPT,VIETTEL,BUUDIEN,CTN,MTDT,LNYB,XSKT,DUOC,BAOVIET,PETRO";

    [Theory]
    [InlineData("Các đơn vị doanh nghiệp gửi báo cáo A trước ngày 15/12/2026.")]
    [InlineData("Đề nghị các doanh nghiệp nộp báo cáo A chậm nhất ngày 15/12/2026.")]
    [InlineData("Các chi, đảng bộ doanh nghiệp gửi báo cáo A trước ngày 15/12/2026.")]
    [InlineData("TT\tNội dung\tĐơn vị thực hiện\tThời hạn\n1\tBáo cáo A\tCác đảng bộ doanh nghiệp\t15/12/2026\n")]
    public async Task Enterprises_named_in_a_sentence_or_a_cell_are_the_units_tagged_so(string body) =>
        Assert.Equal($"Báo cáo A | 2026-12-15 | {Enterprises} | ", await OnlyItemOfAsync(body));

    [Fact]
    public async Task A_letter_addressed_to_the_enterprises_gives_them_its_sentences()
    {
        var letter = ToGrassroots.Replace("Các chi, đảng bộ cơ sở.", "Các đơn vị doanh nghiệp trong Khối.", StringComparison.Ordinal)
                     + "Đề nghị các đơn vị gửi báo cáo A trước ngày 15/12/2026.";

        Assert.Equal($"Báo cáo A | 2026-12-15 | {Enterprises} | ", Assert.Single(await ItemsOfAsync(letter)));
    }

    [Fact]
    public async Task The_banks_named_as_a_group_are_the_units_tagged_so() =>
        Assert.Equal("Báo cáo A | 2026-12-15 | units:NHNN,AGRI,VCB,BIDV,VTB,NHCSXH,MBB | ",
            await OnlyItemOfAsync("Các ngân hàng gửi báo cáo A trước ngày 15/12/2026."));

    [Fact]
    public async Task Enterprises_the_store_cannot_tell_are_every_grassroots_unit_and_said_so_until_edited()
    {
        await using var bot = await BotHarness.CreateAsync(Today);
        var store = bot.Get<UnitStore>();
        await store.UpsertAsync([.. (await store.AllAsync()).Select(u => new UnitRow(u.Code, u.Name, u.Kind, []))], "test");

        var proposal = (await bot.SayAsync(BotHarness.Admin, "/congvan " + ToGrassroots + "Các đơn vị doanh nghiệp gửi báo cáo A trước ngày 15/12/2026.")).Text();
        var edited = (await bot.SayAsync(BotHarness.Admin, "sửa 1 cho DIENLUC, VNPT")).Text();

        Assert.Contains("74 chi, đảng bộ cơ sở", proposal, StringComparison.Ordinal);
        Assert.Contains("không rõ đơn vị nào là doanh nghiệp: đang để 74 đơn vị; sửa bằng \"sửa 1 cho <mã đơn vị>, …\"", proposal, StringComparison.Ordinal);
        Assert.DoesNotContain("không rõ đơn vị nào", edited, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Các đơn vị gửi báo cáo Quý IV/2026.", "Báo cáo Quý IV/2026 | 2026-12-31 | grassroots | văn bản chỉ ghi \"Quý IV/2026\"")]
    [InlineData("Đề nghị các chi, đảng bộ cơ sở nộp báo cáo quý 1 năm 2027.", "Báo cáo quý 1 năm 2027 | 2027-03-31 | grassroots | văn bản chỉ ghi")]
    [InlineData("Các đơn vị hoàn thành việc rà soát trong quý I năm 2027.", "Hoàn thành việc rà soát | 2027-03-31 | grassroots | văn bản chỉ ghi \"trong quý I năm 2027\"")]
    public async Task A_sentence_ending_in_a_quarter_is_due_its_last_working_day_said_to_be_a_guess(string sentence, string expected)
    {
        var item = await OnlyItemOfAsync(sentence);

        Assert.StartsWith(expected, item, StringComparison.Ordinal);
        Assert.Contains("cuối quý", item, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_table_pasted_on_one_line_is_read_by_its_row_numbers_and_dates()
    {
        var items = await ItemsOfAsync(ToGrassroots + "Nội dung cụ thể như sau: TT Nội dung Đơn vị thực hiện Thời hạn 1 Báo cáo kết quả học tập nghị quyết Các chi, đảng bộ cơ sở 15/12/2026 "
            + "2 Đăng ký thi đua năm 2027 Các chi, đảng bộ cơ sở 22/12/2026 3 Báo cáo tổng kết công tác dân vận Các đoàn thể khối 28/12/2026");

        Assert.Equal(["Báo cáo kết quả học tập nghị quyết | 2026-12-15 | grassroots | ", "Đăng ký thi đua năm 2027 | 2026-12-22 | grassroots | ",
            "Báo cáo tổng kết công tác dân vận | 2026-12-28 | kind:DoanThe | "], items);
    }

    [Fact]
    public async Task A_one_line_table_without_a_units_column_keeps_its_rows_and_the_letter_after_it()
    {
        var items = await ItemsOfAsync(ToGrassroots + "STT Nội dung Thời gian hoàn thành 1 Báo cáo A 15/12/2026 2 Kế hoạch B 22/12/2026. Đề nghị các đơn vị gửi báo cáo C trước ngày 29/12/2026.");

        Assert.Equal(["Báo cáo A | 2026-12-15 | grassroots | ", "Kế hoạch B | 2026-12-22 | grassroots | ", "Báo cáo C | 2026-12-29 | grassroots | "], items);
    }

    [Theory]
    [InlineData("TT\tNội dung\tĐơn vị thực hiện\tThời hạn\n1\tBáo cáo tổng kết\tCác chi, đảng bộ cơ sở\t10/12/2026 (bản mềm) và 18/12/2026 (bản giấy)\n")]
    [InlineData("TT Nội dung Đơn vị thực hiện Thời hạn 1 Báo cáo tổng kết Các chi, đảng bộ cơ sở 10/12/2026 (bản mềm) và 18/12/2026 (bản giấy)")]
    public async Task Two_dates_in_one_due_cell_take_the_first_and_name_the_second(string body) =>
        Assert.Equal("Báo cáo tổng kết | 2026-12-10 | grassroots | văn bản còn ghi ngày 18/12/2026 (bản giấy), chưa dùng; muốn dùng ngày đó, gõ \"sửa 1 trước <ngày>\"",
            await OnlyItemOfAsync(body));

    [Theory]
    [InlineData("Các đơn vị gửi báo cáo tổng kết công tác tuyên giáo năm 2026 bằng văn bản trước ngày 24/12/2026, đồng thời gửi bản mềm qua hộp thư điện tử trước ngày 28/12/2026.")]
    [InlineData("Đề nghị các đơn vị nộp báo cáo tổng kết công tác tuyên giáo năm 2026 trước ngày 24/12/2026. Bản mềm gửi qua thư điện tử chậm nhất ngày 28/12/2026.")]
    public async Task A_soft_copy_due_on_its_own_is_a_note_on_the_paper_before_it(string body)
    {
        var item = await OnlyItemOfAsync(body);

        Assert.StartsWith("Báo cáo tổng kết công tác tuyên giáo năm 2026 | 2026-12-24 | ", item, StringComparison.Ordinal);
        Assert.Contains("văn bản còn ghi hạn bản mềm", item, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Các đơn vị gửi báo cáo công tác tuyên giáo theo hướng dẫn của Ban Tuyên giáo Tỉnh ủy trước ngày 18/12/2026.", "theo hướng dẫn của Ban Tuyên giáo Tỉnh ủy")]
    [InlineData("Các đơn vị xây dựng kế hoạch học tập năm 2027 theo hướng dẫn số 12-HD/BTG, gửi về Văn phòng trước ngày 18/12/2026.", "theo hướng dẫn số 12-HD/BTG")]
    [InlineData("Các đơn vị tổ chức đối thoại, gửi báo cáo kết quả đối thoại theo hướng dẫn của Sở Nội vụ trước ngày 18/12/2026.", "theo hướng dẫn của Sở Nội vụ")]
    public async Task Whose_guidance_left_out_of_a_title_is_said_on_the_item_until_renamed(string sentence, string leftOut)
    {
        await using var bot = await ProposingAsync(sentence);
        var renamed = (await bot.SayAsync(BotHarness.Admin, "sửa 1 tên Báo cáo X")).Text();

        var item = await OnlyItemOfAsync(sentence);

        Assert.DoesNotContain("theo hướng dẫn", item.Split(" | ")[0], StringComparison.Ordinal);
        Assert.EndsWith($"tên việc không gồm \"{leftOut}\"; muốn giữ, gõ \"sửa 1 tên …\"", item, StringComparison.Ordinal);
        Assert.DoesNotContain("tên việc không gồm", renamed, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Đề nghị Agribank Yên Bái, Vietinbank Yên Bái và Ngân hàng Ngoại thương Yên Bái gửi báo cáo A trước ngày 15/12/2026.", "units:AGRI,VTB,VCB")]
    [InlineData("Đề nghị Bệnh viện Sản Nhi tỉnh gửi báo cáo A trước ngày 15/12/2026.", "units:BVSN")]
    [InlineData("Các đơn vị gồm: Bệnh viện Sản - Nhi; Vietcombank Yên Bái gửi báo cáo A trước ngày 15/12/2026.", "units:BVSN,VCB")]
    public async Task A_unit_written_by_its_brand_dash_or_province_differently_is_that_unit(string sentence, string units) =>
        Assert.Equal($"Báo cáo A | 2026-12-15 | {units} | ", await OnlyItemOfAsync(sentence));

    [Fact]
    public async Task A_unit_the_store_does_not_hold_is_offered_the_nearest_never_matched() =>
        Assert.Equal("Báo cáo A | 2026-12-15 | units: unmatched:Sở Ngoại giao | chưa khớp đơn vị \"Sở Ngoại giao\"; sửa bằng \"sửa 1 cho <mã đơn vị>, …\" (\"Sở Ngoại giao\" có phải SNGV (Chi bộ Sở Ngoại vụ)?) / chưa có đơn vị nào",
            await OnlyItemOfAsync("Đề nghị Sở Ngoại giao gửi báo cáo A trước ngày 15/12/2026."));

    [Theory]
    [InlineData("Các đơn vị gồm: Sở Y tế; Bệnh viện Y dược cổ truyền tỉnh gửi báo cáo A trước ngày 15/12/2026.", "units:SYT,BVYHCT")]
    [InlineData("Đề nghị Sở Công Thương và Ngân hàng Công thương gửi báo cáo A trước ngày 15/12/2026.", "units:SCT,VTB")]
    [InlineData("Đề nghị Sở Lao động, Thương binh và Xã hội; Ngân hàng Chính sách xã hội tỉnh gửi báo cáo A trước ngày 15/12/2026.", "units:SLDTBXH,NHCSXH")]
    [InlineData("Đề nghị Sở Lao động, Thương binh và Xã hội gửi báo cáo A trước ngày 15/12/2026.", "units:SLDTBXH")]
    public async Task A_second_unit_sharing_words_with_the_first_is_kept_and_a_piece_of_one_is_not_read_again(string sentence, string units) =>
        Assert.Equal($"Báo cáo A | 2026-12-15 | {units} | ", await OnlyItemOfAsync(sentence));
}
