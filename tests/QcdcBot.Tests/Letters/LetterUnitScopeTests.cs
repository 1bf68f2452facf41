using System.Text;
using QcdcBot.Tests.Conversation;

namespace QcdcBot.Tests.Letters;

/// <summary>
/// Whom a letter's deadline is for when the sentence takes units out ("trừ …"), cites another body's document, gives
/// one unit its own date ("riêng …") or lists its units over several lines: clerk round 9, read on Tuesday 1/12/2026.
/// </summary>
public sealed class LetterUnitScopeTests : ClerkRound
{
    [Theory]
    [InlineData("Các đơn vị (trừ Chi bộ Báo Yên Bái) gửi báo cáo tuyên truyền trên báo chí trước ngày 16/12/2026.", "BAOYB", 1)]
    [InlineData("Các đơn vị, trừ Đảng bộ Sở Y tế và Chi bộ Báo Yên Bái, gửi báo cáo bảo vệ nền tảng tư tưởng trước ngày 16/12/2026.", "SYT,BAOYB", 2)]
    [InlineData("Các chi, đảng bộ cơ sở (ngoại trừ Sở Y tế, Thanh tra tỉnh) nộp báo cáo tuyên truyền trên báo chí trước ngày 16/12/2026.", "SYT,TTRA", 2)]
    [InlineData("Các chi, đảng bộ cơ sở, không kể Chi bộ Cục Thống kê tỉnh Yên Bái, gửi báo cáo tuyên truyền trên báo chí chậm nhất ngày 16/12/2026.", "CTK", 1)]
    public async Task Units_taken_out_with_tru_are_the_ones_left_out_not_the_ones_asked(string sentence, string codes, int count)
    {
        await using var bot = await BotHarness.CreateAsync(Today);
        var units = await bot.Get<QcdcBot.Storage.Units.UnitStore>().AllAsync();
        var draft = await ProposalHarness.ProposeAsync(bot, "cv.txt", Encoding.UTF8.GetBytes(ToGrassroots + sentence));
        var proposal = (await bot.SayAsync(BotHarness.Admin, "/congvan " + ToGrassroots + sentence)).Text();

        var item = Assert.Single(draft.Items);
        var excluded = codes.Split(',').Select(c => units.Single(u => u.Code == c).Id).ToList();
        var grassroots = units.Where(u => u.IsGrassroots).ToList();
        Assert.Equal(grassroots.Count - count, item.UnitIds.Count);
        Assert.DoesNotContain(item.UnitIds, excluded.Contains);
        Assert.Empty(item.Unmatched);
        Assert.Contains($"{grassroots.Count} − {count} = {grassroots.Count - count} đơn vị (chi, đảng bộ cơ sở, trừ ", proposal, StringComparison.Ordinal);
        Assert.All(codes.Split(','), code => Assert.Contains($"({code})", proposal, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Các đơn vị gửi báo cáo tự kiểm tra theo hướng dẫn tại Công văn số 15-CV/ĐU ngày 02/11/2026 của Đảng ủy Sở Y tế trước ngày 21/12/2026.", "Báo cáo tự kiểm tra | 2026-12-21 | grassroots")]
    [InlineData("Các đơn vị triển khai Kế hoạch số 40-KH/SNV của Sở Nội vụ, gửi báo cáo kết quả trước ngày 21/12/2026.", "Báo cáo kết quả | 2026-12-21 | grassroots")]
    [InlineData("Thực hiện Hướng dẫn số 7-HD/BCS ngày 01/11/2026 của Ban cán sự đảng Sở Tài chính, các đơn vị gửi báo cáo kết quả trước ngày 21/12/2026.", "Báo cáo kết quả | 2026-12-21 | grassroots")]
    public async Task The_author_of_a_cited_document_is_not_the_unit_asked(string sentence, string expected) =>
        Assert.StartsWith(expected + " | ", Assert.Single(await ItemsOfAsync(ToGrassroots + sentence)), StringComparison.Ordinal);

    [Theory]
    [InlineData("Các đơn vị gửi báo cáo kết quả thực hiện Quy định 144 muộn nhất ngày 28/12/2026; riêng Đảng bộ Bệnh viện Đa khoa tỉnh gửi trước ngày 21/12/2026.", "Báo cáo kết quả thực hiện Quy định 144", "BVDK")]
    [InlineData("Các chi, đảng bộ cơ sở nộp báo cáo sơ kết công tác dân vận trước ngày 28/12/2026, riêng Sở Y tế và Thanh tra tỉnh nộp trước ngày 21/12/2026.", "Báo cáo sơ kết công tác dân vận", "SYT,TTRA")]
    [InlineData("Các đơn vị gửi báo cáo tổng kết trước ngày 28/12/2026 (riêng Đảng bộ Sở Y tế gửi trước ngày 21/12/2026).", "Báo cáo tổng kết", "SYT")]
    [InlineData("Các chi, đảng bộ cơ sở nộp báo cáo sơ kết trước ngày 28/12/2026 (riêng Sở Y tế và Thanh tra tỉnh: trước ngày 21/12/2026).", "Báo cáo sơ kết", "SYT,TTRA")]
    public async Task A_unit_given_its_own_date_with_rieng_is_a_second_item_of_the_same_paper(string sentence, string title, string codes)
    {
        await using var bot = await BotHarness.CreateAsync(Today);
        var units = await bot.Get<QcdcBot.Storage.Units.UnitStore>().AllAsync();
        var draft = await ProposalHarness.ProposeAsync(bot, "cv.txt", Encoding.UTF8.GetBytes(ToGrassroots + sentence));

        Assert.Equal(2, draft.Items.Count);
        var (all, own) = (draft.Items[0], draft.Items[1]);
        var apart = codes.Split(',').Select(c => units.Single(u => u.Code == c).Id).ToList();
        Assert.Equal((title, new DateOnly(2026, 12, 28)), (all.Title, all.Due!.Value));
        Assert.Equal((title, new DateOnly(2026, 12, 21)), (own.Title, own.Due!.Value));
        Assert.Equal(apart, own.UnitIds);
        Assert.Equal(units.Count(u => u.IsGrassroots) - apart.Count, all.UnitIds.Count);
        Assert.DoesNotContain(all.UnitIds, apart.Contains);
        Assert.DoesNotContain("Riêng", own.Title, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("Các đơn vị gồm:\n- Sở Xây dựng;\n- Sở Nông nghiệp và Phát triển nông thôn;\n- Công ty cổ phần Môi trường và Dịch vụ đô thị Yên Bái\ngửi báo cáo kết quả thực hiện dân chủ trước ngày 24/12/2026.", "units:SXD,SNNPTNT,MTDT")]
    [InlineData("Các đơn vị sau đây:\n+ Sở Y tế,\n+ Thanh tra tỉnh,\n+ Sở Kho Vận\nnộp báo cáo kết quả thực hiện dân chủ trước ngày 24/12/2026.", "units:SYT,TTRA unmatched:Sở Kho Vận")]
    [InlineData("Đề nghị Sở Y tế, Hải quan Yên Bái và Viện Kiểm sát tỉnh gửi báo cáo chuyên đề trước ngày 24/12/2026.", "units:SYT,CHQ unmatched:Viện Kiểm sát tỉnh")]
    public async Task Every_name_of_a_list_is_matched_or_listed_once(string sentence, string scope) =>
        Assert.Contains($" | {scope} | ", Assert.Single(await ItemsOfAsync(ToGrassroots + sentence)), StringComparison.Ordinal);

    [Fact]
    public async Task A_name_with_xay_dung_inside_does_not_end_the_list_before_the_names_after_it()
    {
        var item = Assert.Single(await ItemsOfAsync(ToGrassroots + "Đề nghị Sở Y tế, Ban QLDA đầu tư xây dựng tỉnh và Viện Kiểm sát tỉnh gửi báo cáo chuyên đề trước ngày 24/12/2026."));

        Assert.Contains("Ban QLDA đầu tư xây dựng tỉnh", item, StringComparison.Ordinal);
        Assert.Contains("Viện Kiểm sát tỉnh", item, StringComparison.Ordinal);
        Assert.StartsWith("Báo cáo chuyên đề | 2026-12-24 | units:SYT", item, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_name_listed_as_not_matched_is_not_shown_matched_too()
    {
        var proposal = await ReplyToAsync(ToGrassroots + "Đề nghị Ngân hàng Nhà nước chi nhánh tỉnh Yên Bái, Sở Y tế gửi báo cáo chuyên đề trước ngày 24/12/2026.");

        var shownMatched = proposal.Contains("(NHNN)", StringComparison.Ordinal);
        var shownUnmatched = proposal.Contains("\"Ngân hàng Nhà nước chi nhánh tỉnh Yên Bái\"", StringComparison.Ordinal);
        Assert.True(shownMatched != shownUnmatched, proposal);
        Assert.Contains("(SYT)", proposal, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("sửa 1 cho các chi bộ trừ TTRA, CTK", "28 − 2 = 26 đơn vị (các chi bộ, trừ Chi bộ Thanh tra tỉnh, Chi bộ Cục Thống kê tỉnh Yên Bái)")]
    [InlineData("sửa 1 cho tất cả, trừ SYT", "đơn vị (tất cả đơn vị, trừ Đảng bộ Sở Y tế)")]
    public async Task A_group_less_a_few_units_set_by_an_edit_is_shown_as_the_group_less_them(string edit, string shown)
    {
        await using var bot = await ProposingAsync("Các đơn vị gửi báo cáo A trước ngày 15/12/2026.");

        var reply = (await bot.SayAsync(BotHarness.Admin, edit)).Text();

        Assert.Contains("Đơn vị: " + (shown[0] == '2' ? shown : string.Empty), reply, StringComparison.Ordinal);
        Assert.Contains(shown, reply, StringComparison.Ordinal);
        Assert.DoesNotContain("(SKHDT)", reply, StringComparison.Ordinal);
    }
}
