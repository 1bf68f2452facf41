using QcdcBot.Tests.Conversation;

namespace QcdcBot.Tests.Letters;

/// <summary>
/// The eighteenth round on /congvan (issue 13, clerk17), units and titles: a group given its own date beside another
/// group, a group the "Kính gửi" leaves out, "lần lượt" pairing units with dates.
/// </summary>
public sealed class LetterScopeRound18Tests : ClerkRound
{
    private const string Top = "ĐẢNG ỦY KHỐI CƠ QUAN VÀ DOANH NGHIỆP TỈNH YÊN BÁI\nSố 937-CV/ĐUK\nV/v báo cáo\nYên Bái, ngày 30 tháng 11 năm 2026\n";

    /// <summary>The reply to <paramref name="edit"/> of a 74-unit letter waiting.</summary>
    private static async Task<string> EditedAsync(string edit)
    {
        await using var bot = await ProposingAsync("Các đơn vị gửi báo cáo năm 2026 trước ngày 15/12/2026.");
        return (await bot.SayAsync(BotHarness.Admin, edit)).Text();
    }

    private static string[] Units(string item) => item.Split(" | ")[2].Replace("units:", string.Empty, StringComparison.Ordinal).Split(',');

    [Theory]
    [InlineData("Các đảng bộ gửi báo cáo trước ngày 10/12/2026; các chi bộ gửi trước ngày 11/12/2026; Hội Cựu chiến binh Khối và Công đoàn viên chức tỉnh gửi trước ngày 14/12/2026.")]
    [InlineData("Các đảng bộ cơ sở gửi báo cáo trước ngày 10/12/2026, các chi bộ cơ sở gửi trước ngày 11/12/2026; Hội Cựu chiến binh Khối, Công đoàn viên chức tỉnh gửi trước ngày 14/12/2026.")]
    [InlineData("Các đảng bộ gửi báo cáo chậm nhất ngày 10/12/2026; các chi bộ chậm nhất ngày 11/12/2026; Hội Cựu chiến binh Khối và Công đoàn viên chức tỉnh chậm nhất ngày 14/12/2026.")]
    public async Task Each_group_with_its_own_date_after_a_semicolon_is_its_own_units_and_keeps_the_paper(string body)
    {
        var items = await ItemsOfAsync(Top + "Kính gửi: Các chi, đảng bộ cơ sở; Hội Cựu chiến binh Khối; Công đoàn viên chức tỉnh.\n" + body);

        Assert.Equal(3, items.Count);
        Assert.All(items, i => Assert.StartsWith("Báo cáo | ", i, StringComparison.Ordinal));
        Assert.StartsWith("Báo cáo | 2026-12-10 | kind:", items[0], StringComparison.Ordinal);
        Assert.Equal(28, Units(items[1]).Length);
        Assert.Empty(Units(items[0]).Intersect(Units(items[1])));
        Assert.Equal(["CCB", "CDVC"], Units(items[2]).Order());
        Assert.All(items, i => Assert.DoesNotContain("trừ )", i, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Kính gửi: Các đảng bộ, chi bộ cơ sở trực thuộc Đảng ủy Khối (trừ các đảng bộ doanh nghiệp).")]
    [InlineData("Kính gửi: Các chi, đảng bộ cơ sở, trừ các đảng bộ doanh nghiệp.")]
    [InlineData("Kính gửi: Các chi, đảng bộ cơ sở (trừ các đơn vị khối doanh nghiệp).")]
    public async Task A_group_the_addressees_leave_out_is_not_given_the_deadline(string addressees)
    {
        var item = Assert.Single(await ItemsOfAsync(Top + addressees + "\nĐề nghị các đơn vị gửi báo cáo trước ngày 15/12/2026."));

        Assert.Equal(60, Units(item).Length);
    }

    [Theory]
    [InlineData("Các đơn vị gửi báo cáo trước ngày 15/12/2026; các đơn vị khối doanh nghiệp gửi trước ngày 20/12/2026.")]
    [InlineData("Các đơn vị gửi báo cáo trước ngày 15/12/2026, các đảng bộ doanh nghiệp gửi trước ngày 20/12/2026.")]
    [InlineData("Các đơn vị gửi báo cáo trước ngày 15/12/2026; các đảng bộ doanh nghiệp chậm nhất ngày 20/12/2026.")]
    public async Task A_group_given_a_later_date_without_riêng_is_taken_out_of_the_first_item(string body)
    {
        var items = await ItemsOfAsync(Top + "Kính gửi: Các chi, đảng bộ cơ sở.\n" + body);

        Assert.Equal(2, items.Count);
        Assert.StartsWith("Báo cáo | 2026-12-15 | units:", items[0], StringComparison.Ordinal);
        Assert.StartsWith("Báo cáo | 2026-12-20 | units:", items[1], StringComparison.Ordinal);
        Assert.Equal(60, Units(items[0]).Length);
        Assert.Equal(14, Units(items[1]).Length);
    }

    [Theory]
    [InlineData("Đảng bộ Sở Y tế và Chi bộ Báo Yên Bái gửi báo cáo chuyên đề lần lượt trước ngày 10/12/2026 và ngày 15/12/2026.")]
    [InlineData("Đảng bộ Sở Y tế, Chi bộ Báo Yên Bái gửi báo cáo chuyên đề lần lượt trước 10/12/2026, 15/12/2026.")]
    [InlineData("Đảng bộ Sở Y tế và Chi bộ Báo Yên Bái lần lượt gửi báo cáo chuyên đề trước ngày 10/12/2026, ngày 15/12/2026.")]
    public async Task Lần_lượt_pairs_the_units_with_the_dates_in_order(string body)
    {
        var items = await ItemsOfAsync(Top + "Kính gửi: Đảng bộ Sở Y tế, Chi bộ Báo Yên Bái.\n" + body);

        Assert.Equal(2, items.Count);
        Assert.StartsWith("Báo cáo chuyên đề | 2026-12-10 | units:SYT |", items[0], StringComparison.Ordinal);
        Assert.StartsWith("Báo cáo chuyên đề | 2026-12-15 | units:BAOYB |", items[1], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("sửa 1 cho SYT, bao yen bai")]
    [InlineData("sửa 1 cho Sở Y Tế, bao yen bai")]
    [InlineData("sửa 1 cho SYT và bao yen bai")]
    public async Task A_second_unit_typed_without_diacritics_is_kept_in_the_edit(string edit)
    {
        var reply = await EditedAsync(edit);

        Assert.Contains("Đã sửa mục 1", reply, StringComparison.Ordinal);
        Assert.Contains("SYT", reply, StringComparison.Ordinal);
        Assert.Contains("BAOYB", reply, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("sửa 1 cho SYT, xyz abc")]
    [InlineData("sửa 1 cho Sở Y tế và phong xyz")]
    public async Task A_name_matching_no_unit_beside_a_known_one_refuses_the_edit(string edit)
    {
        var reply = await EditedAsync(edit);

        Assert.Contains("Mục 1 chưa sửa", reply, StringComparison.Ordinal);
        Assert.DoesNotContain("Đã sửa", reply, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Số 955-CV/ĐUK. Kính gửi: Đảng bộ Sở Y tế; Đảng bộ Sở Tư pháp. Đề nghị hai đơn vị gửi báo cáo chuyên đề trước 18/12/2026.", "Công văn số 955-CV/ĐUK,")]
    [InlineData("ĐẢNG ỦY KHỐI\nSố: 956-KH/ĐUK.\nKính gửi: Các chi, đảng bộ cơ sở.\nCác đơn vị gửi báo cáo trước ngày 18/12/2026.", "Kế hoạch số 956-KH/ĐUK,")]
    public async Task A_full_stop_after_the_letters_number_is_not_part_of_it(string letter, string shown)
    {
        var reply = await ReplyToAsync(letter);

        Assert.Contains(shown, reply, StringComparison.Ordinal);
        Assert.DoesNotContain("ĐUK.", reply, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Kính gửi: Các đơn vị.")]
    [InlineData("Kính gửi:\n- Các đơn vị trực thuộc.")]
    [InlineData("Kính gửi: Các đơn vị trong Khối.")]
    public async Task A_letter_to_the_units_at_large_is_for_the_default_units(string addressees)
    {
        var item = Assert.Single(await ItemsOfAsync(Top + addressees + "\nĐề nghị các đơn vị gửi báo cáo trước ngày 15/12/2026."));

        Assert.StartsWith("Báo cáo | 2026-12-15 | grassroots | ", item, StringComparison.Ordinal);
        Assert.DoesNotContain("unmatched", item, StringComparison.Ordinal);
    }
}
