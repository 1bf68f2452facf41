using QcdcBot.Storage.Deadlines;

namespace QcdcBot.Tests.Conversation;

/// <summary>
/// A unit list separated by ";", "," and "và", mixed as a letter mixes them, names each unit once; a separator inside
/// a unit's own name ("Ngân hàng Nông nghiệp và Phát triển nông thôn") keeps the name whole.
/// </summary>
public sealed class MixedUnitListTests
{
    [Theory]
    [InlineData("cho Ban Quản lý các khu công nghiệp tỉnh Yên Bái; Cục Thống kê tỉnh Yên Bái, Trường Cao đẳng Yên Bái", "BQLKCN CTK CDYB")]
    [InlineData("cho truong cao dang yen bai va cuc thong ke tinh yen bai; BQLKCN", "CDYB CTK BQLKCN")]
    [InlineData("cho Ngân hàng Nông nghiệp và Phát triển nông thôn chi nhánh Yên Bái, Cục Thống kê tỉnh Yên Bái và NHNN", "AGRI CTK NHNN")]
    [InlineData("cho Đảng bộ Bệnh viện Sản - Nhi tỉnh Yên Bái; Chi bộ Cục Thống kê tỉnh Yên Bái", "BVSN CTK")]
    public async Task Every_unit_of_a_mixed_list_is_in_scope(string scope, string codes)
    {
        await using var bot = await BotHarness.CreateAsync();

        var deadline = await bot.AssignAsync($"Báo cáo chuyên đề trước 25/11/2024 {scope}");

        var expected = new List<long>();
        foreach (var code in codes.Split(' '))
        {
            expected.Add((await bot.UnitAsync(code)).Id);
        }

        Assert.Equal(DeadlineScope.Units, deadline.Scope);
        Assert.Equal(expected.Order(), deadline.UnitIds.Order());
    }
}
