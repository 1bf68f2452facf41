namespace QcdcBot.Tests.Conversation;

/// <summary>
/// Issue 12 point 12 (tester12f F6): the office's short forms of a unit's name ("bv da khoa", "BV Đa khoa tỉnh",
/// "Đ/B Sở Công Thương", "ĐU Sở Y tế", "c.bo thanh tra tinh", "VP Tỉnh ủy", "TT Kiểm soát bệnh tật", "CĐ Yên Bái",
/// "Sở GD&amp;ĐT"), and initials written apart (tester12g G10: "so tn mt", "so gd", "ubkt", "benh vien yhct") name the unit in /ghinhan, /chuanhan and /donvi as in /giao; a unit that does not read beside a plain
/// "#N" is answered about the unit, never "Không nhận ra đơn vị và việc".
/// </summary>
public sealed class PaperUnitShortFormTests
{
    [Theory]
    [InlineData("bv da khoa", "BVDK")]
    [InlineData("BV Đa khoa tỉnh", "BVDK")]
    [InlineData("bv đa khoa", "BVDK")]
    [InlineData("Đ/B Sở Công Thương", "SCT")]
    [InlineData("ĐU Sở Y tế", "SYT")]
    [InlineData("c.bo thanh tra tinh", "TTRA")]
    [InlineData("VP Tinh uy", "VPTU")]
    [InlineData("TT kiem soat benh tat", "CDC")]
    [InlineData("CĐ Yên Bái", "CDYB")]
    [InlineData("So GD&DT", "SGDDT")]
    [InlineData("so tn mt", "STNMT")]
    [InlineData("so gd", "SGDDT")]
    [InlineData("ubkt", "UBKTTU")]
    [InlineData("benh vien yhct", "BVYHCT")]
    [InlineData("so ld tb xh", "SLDTBXH")]
    public async Task Ghinhan_reads_a_unit_by_the_offices_short_form_and_asks_to_record_it(string unit, string code)
    {
        await using var bot = await BotHarness.CreateAsync();
        var deadline = await bot.AssignAsync("Kế hoạch QCDC năm 2025 trước ngày 30/12/2024");
        var before = await bot.SnapshotAsync();

        var asked = (await bot.SayAsync(BotHarness.Admin, $"/ghinhan {unit} #{deadline.Id} nhan hom qua")).Text();

        Assert.Contains($"Ghi nhận {(await bot.UnitAsync(code)).Name} ({code}) đã nộp việc #{deadline.Id}", asked, StringComparison.Ordinal);
        Assert.Equal(before, await bot.SnapshotAsync());
    }

    [Fact]
    public async Task Donvi_and_chuanhan_read_the_same_short_forms()
    {
        await using var bot = await BotHarness.CreateAsync();
        var deadline = await bot.AssignAsync("Kế hoạch QCDC năm 2025 trước ngày 30/12/2024");

        var shown = (await bot.SayAsync(BotHarness.Admin, "/donvi bv da khoa")).Text();
        var rejected = (await bot.SayAsync(BotHarness.Admin, $"/chuanhan Đ.U So Y te #{deadline.Id} chua nhan duoc")).Text();

        Assert.Contains("(BVDK,", shown, StringComparison.Ordinal);
        Assert.Contains($"{(await bot.UnitAsync("SYT")).Name} không báo đã gửi", rejected, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/ghinhan qwe rty #{0} ban giay", "qwe rty")]
    [InlineData("/chuanhan xyz tinh yb #{0}", "xyz tinh yb")]
    public async Task A_unit_that_does_not_read_beside_a_plain_deadline_number_is_named_as_the_unit(string command, string unit)
    {
        await using var bot = await BotHarness.CreateAsync();
        var deadline = await bot.AssignAsync("Kế hoạch QCDC năm 2025 trước ngày 30/12/2024");

        var reply = (await bot.SayAsync(BotHarness.Admin, string.Format(System.Globalization.CultureInfo.InvariantCulture, command, deadline.Id))).Text();

        Assert.Contains($"Không tìm thấy đơn vị \"{unit}\"", reply, StringComparison.Ordinal);
        Assert.DoesNotContain("đơn vị và việc", reply, StringComparison.Ordinal);
    }
}
