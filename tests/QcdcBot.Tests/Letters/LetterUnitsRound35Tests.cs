using QcdcBot.Tests.Conversation;

namespace QcdcBot.Tests.Letters;

/// <summary>
/// Issue 13 (clerk13b N2, N5, N8): which units an item is for. "Các đơn vị còn lại" in a table row leaves out every
/// unit another row names; a "Kính gửi" pasted on one line ends at an abbreviation's full stop; "Đảng ủy Sở Y tế" is
/// the unit "Đảng bộ Sở Y tế" wherever a letter names it; a content cell "Số liệu …" is a paper, never a unit; a due
/// cell "Đợt 1 trước …; đợt 2 trước …" gives one item per phase, each titled with the row's paper.
/// </summary>
public sealed class LetterUnitsRound35Tests : ClerkRound
{
    private const string Header = "ĐẢNG ỦY KHỐI CƠ QUAN VÀ DOANH NGHIỆP TỈNH\nSố 950-KH/ĐUK\nYên Bái, ngày 30 tháng 11 năm 2026\n";

    private const string ToPartyAndMass = "Kính gửi:\n- Các chi, đảng bộ cơ sở;\n- Đoàn Thanh niên Khối và Hội Cựu chiến binh Khối.\n";

    /// <summary>The proposal for a letter whose table follows its text: pasted with tab-separated rows, and as a .docx table.</summary>
    private static async Task<IReadOnlyList<string>> TableLetterEachWayAsync(string text, IReadOnlyList<string> rows)
    {
        await using var pasted = await BotHarness.CreateAsync(Today);
        await using var sent = await BotHarness.CreateAsync(Today);
        var docx = LetterFiles.Docx(text.TrimEnd('\n'), tableRowsAfterLine: rows, afterLine: text.TrimEnd('\n').Split('\n').Length);
        return
        [
            (await pasted.SayAsync(BotHarness.Admin, "/congvan " + text + string.Join('\n', rows))).Text(),
            (await sent.SendFileAsync(BotHarness.Admin, "kh.docx", docx, "/congvan")).Text(),
        ];
    }

    [Theory]
    [InlineData("Báo cáo của Đoàn\tĐoàn Thanh niên Khối\t12/12", "Báo cáo của Hội\tHội Cựu chiến binh Khối\tTrước ngày 14 tháng 12", "Các đơn vị còn lại", "76 − 2 = 74 đơn vị (các đơn vị đã kể, trừ Đoàn Thanh niên Khối (DTN), Hội Cựu chiến binh Khối (CCB))")]
    [InlineData("Kế hoạch tuyên truyền\tHội Cựu chiến binh Khối\t12/12/2026", "Báo cáo chuyên đề\tĐoàn Thanh niên Khối\t14/12/2026", "Những đơn vị còn lại", "76 − 2 = 74 đơn vị (các đơn vị đã kể, trừ Đoàn Thanh niên Khối (DTN), Hội Cựu chiến binh Khối (CCB))")]
    [InlineData("Tham luận\tĐảng bộ Sở Y tế\t12/12/2026", "Danh sách điển hình\tChi bộ Báo Yên Bái\t14/12/2026", "Các đơn vị còn lại", "76 − 2 = 74 đơn vị (các đơn vị đã kể, trừ Đảng bộ Sở Y tế (SYT), Chi bộ Báo Yên Bái (BAOYB))")]
    public async Task The_rest_in_a_table_row_leaves_out_every_unit_another_row_names_not_only_the_row_above(string row2, string row3, string rest, string counted)
    {
        string[] rows = ["TT\tNội dung\tĐơn vị thực hiện\tThời hạn", "1\tBáo cáo sơ kết\tCác chi, đảng bộ cơ sở\t10/12/2026", "2\t" + row2, "3\t" + row3, $"4\tBáo cáo tổng hợp\t{rest}\t15/12/2026"];

        foreach (var proposal in await TableLetterEachWayAsync(Header + ToPartyAndMass, rows))
        {
            var item4 = proposal[proposal.IndexOf("4. Báo cáo tổng hợp", StringComparison.Ordinal)..];
            Assert.Contains("Đơn vị: " + counted, item4, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("Kính gửi: Đảng ủy Sở Y tế; Đảng ủy Bệnh viện Đa khoa tỉnh; Chi bộ Sở NN&PTNT. Đề nghị các đơn vị gửi báo cáo chuyên đề trước ngày 16/12/2026.", "SYT,BVDK,SNNPTNT")]
    [InlineData("Kính gửi: Đảng uỷ Bệnh viện Đa khoa tỉnh; Đảng ủy Sở KH&ĐT. Thực hiện Kế hoạch số 20-KH/ĐUK, đề nghị các đơn vị gửi báo cáo chuyên đề trước ngày 16/12/2026.", "BVDK,SKHDT")]
    [InlineData("Kinh gui: Dang uy So Y te; Dang uy Benh vien Da khoa tinh. De nghi cac don vi gui bao cao chuyen de truoc ngay 16/12/2026.", "SYT,BVDK")]
    public async Task A_letter_addressed_to_units_committees_ends_its_list_at_an_abbreviations_full_stop_and_gives_them_the_sentence(string body, string codes)
    {
        var reply = await ReplyToAsync("Số 2405-CV/ĐUK ngày 01/12/2026. " + body);
        var item = Assert.Single(await ItemsOfAsync("Số 2405-CV/ĐUK\nYên Bái, ngày 01/12/2026\n" + body));

        Assert.Contains($" | units:{codes} | ", item, StringComparison.Ordinal);
        Assert.DoesNotContain("chưa khớp", reply, StringComparison.Ordinal);
        Assert.DoesNotContain("Đề nghị các đơn vị. Câu", reply, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Đề nghị Đảng ủy Bệnh viện Đa khoa tỉnh gửi báo cáo chuyên đề trước ngày 16/12/2026.", "BVDK")]
    [InlineData("Đề nghị các đơn vị sau gửi báo cáo chuyên đề trước ngày 16/12/2026, gồm: Đảng ủy Sở Y tế, Đảng ủy Bệnh viện Đa khoa tỉnh và Chi ủy Báo Yên Bái.", "SYT,BVDK,BAOYB")]
    [InlineData("Riêng các đơn vị: Đảng ủy Sở Tư pháp; Đảng ủy Bệnh viện Đa khoa tỉnh gửi báo cáo chuyên đề trước ngày 16/12/2026.", "STP,BVDK")]
    public async Task A_units_committee_named_in_a_sentence_or_list_is_that_unit(string sentence, string codes)
    {
        var item = await OnlyItemOfAsync(sentence);

        Assert.Contains($" | units:{codes} | ", item, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Số liệu phụ lục", "Đảng ủy Sở Y tế; Đảng ủy Sở Tư pháp", "Đợt 1 trước 10/12/2026; đợt 2 trước 21/12/2026", "đợt")]
    [InlineData("Số liệu phụ lục", "Đảng bộ Sở Y tế, Đảng bộ Sở Tư pháp", "Lần 1: trước 10/12/2026; lần 2: trước 21/12/2026", "lần")]
    public async Task A_due_cell_in_phases_gives_one_item_per_phase_of_the_rows_paper_for_the_rows_units(string content, string units, string due, string word)
    {
        string[] rows = ["TT\tNội dung\tĐơn vị thực hiện\tThời gian", "1\tBáo cáo tổng kết QCDC năm 2026\tCác chi, đảng bộ cơ sở\tTrước ngày 15/12/2026", $"2\t{content}\t{units}\t{due}"];

        foreach (var proposal in await TableLetterEachWayAsync(Header + "Kính gửi: Các chi, đảng bộ cơ sở.\n", rows))
        {
            Assert.Contains($"2. Số liệu phụ lục ({word} 1)\n   Hạn: Thứ Năm, 10/12/2026\n   Đơn vị: Đảng bộ Sở Y tế (SYT), Đảng bộ Sở Tư pháp (STP)\n", proposal, StringComparison.Ordinal);
            Assert.Contains($"3. Số liệu phụ lục ({word} 2)\n   Hạn: Thứ Hai, 21/12/2026\n   Đơn vị: Đảng bộ Sở Y tế (SYT), Đảng bộ Sở Tư pháp (STP)\n", proposal, StringComparison.Ordinal);
            Assert.DoesNotContain("chưa khớp", proposal, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Phases_in_a_sentence_are_one_item_each_of_its_paper_for_its_units()
    {
        var items = await ItemsOfAsync(ToGrassroots + "Đề nghị Đảng ủy Sở Y tế gửi số liệu phụ lục đợt 1 trước ngày 10/12/2026; đợt 2 trước ngày 21/12/2026.");

        Assert.Equal(2, items.Count);
        Assert.StartsWith("Số liệu phụ lục (đợt 1) | 2026-12-10 | units:SYT | ", items[0], StringComparison.Ordinal);
        Assert.StartsWith("Số liệu phụ lục (đợt 2) | 2026-12-21 | units:SYT | ", items[1], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Số liệu đảng viên tham gia học tập nghị quyết", "Các chi bộ cơ sở", "")]
    [InlineData("Số liệu phụ lục", "Các đảng bộ cơ sở", "")]
    [InlineData("Sơ kết 6 tháng", "Các chi bộ cơ sở", "")]
    [InlineData("Số liệu đảng viên tham gia học tập nghị quyết", "Các đơn vị hành chính sự nghiệp", "Các đơn vị hành chính sự nghiệp")]
    public async Task A_content_cell_starting_with_Số_or_Sơ_is_the_paper_never_a_unit_not_matched(string content, string units, string asked)
    {
        string[] rows = ["TT\tNội dung\tĐơn vị thực hiện\tThời hạn", $"1\t{content}\t{units}\tTrước ngày 18/12/2026"];

        foreach (var proposal in await TableLetterEachWayAsync(Header + "Kính gửi: Các chi, đảng bộ cơ sở.\n", rows))
        {
            // A kind of unit the store does not tell ("hành chính sự nghiệp") is asked about by its own cell.
            var unmatched = proposal.Split('\n').FirstOrDefault(l => l.Contains("chưa khớp: ", StringComparison.Ordinal));
            Assert.Equal(asked.Length == 0 ? null : $"chưa khớp: \"{asked}\"", unmatched?[unmatched.IndexOf("chưa khớp: ", StringComparison.Ordinal)..]);
            Assert.Contains("1. " + content, proposal, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("Các đơn vị gửi báo cáo trước ngày 15/12/2026, trừ các đơn vị đã gửi báo cáo chuyên đề.", "các đơn vị đã gửi báo cáo chuyên đề")]
    [InlineData("Các đơn vị (trừ các đơn vị đã gửi báo cáo) gửi báo cáo bổ sung trước ngày 14/12/2026.", "các đơn vị đã gửi báo cáo")]
    [InlineData("Các chi bộ, trừ những chi bộ chưa có đảng viên mới, gửi báo cáo trước ngày 15/12/2026.", "những chi bộ chưa có đảng viên mới")]
    public async Task Units_excepted_by_what_they_did_are_quoted_whole_and_the_clerk_is_told_to_choose_them(string sentence, string told)
    {
        await using var bot = await BotHarness.CreateAsync(Today);
        var proposal = (await bot.SayAsync(BotHarness.Admin, "/congvan " + ToGrassroots + sentence)).Text();
        var asked = (await bot.SayAsync(BotHarness.Admin, "tạo tất cả")).Text();

        Assert.Contains($"văn bản trừ \"{told}\": bot không biết là những đơn vị nào, nên chưa trừ ai; chọn các đơn vị đó, gõ \"sửa 1 trừ <mã đơn vị>, …\"", proposal, StringComparison.Ordinal);
        Assert.Contains($"trừ \"{told}\")", proposal, StringComparison.Ordinal);
        Assert.DoesNotContain("chưa khớp đơn vị \"", proposal, StringComparison.Ordinal);
        Assert.DoesNotContain("Đã giao", asked, StringComparison.Ordinal);
    }
}
