using QcdcBot.Bot.Exports;

namespace QcdcBot.Tests.Exports;

public sealed class SheetNamesTests
{
    [Fact]
    public void Long_names_are_cut_to_31_characters_without_splitting_a_letter()
    {
        var name = new SheetNames().Claim("12. Báo cáo sơ kết 6 tháng đầu năm về thực hiện Quy chế dân chủ");
        Assert.True(name.Length <= 31);
        Assert.Equal("12. Báo cáo sơ kết 6 tháng đầu", name);
    }

    [Fact]
    public void Forbidden_characters_and_edge_apostrophes_are_removed()
    {
        var name = new SheetNames().Claim("'a[b]c:d*e?f/g\\h'");
        Assert.Equal("a-b-c-d-e-f-g-h", name);
    }

    [Fact]
    public void Repeats_ignoring_case_get_a_number_and_stay_within_31()
    {
        var names = new SheetNames();
        var first = names.Claim("Báo cáo chuyên đề về quy chế dân chủ ở cơ sở");
        var second = names.Claim("BÁO CÁO CHUYÊN ĐỀ VỀ QUY CHẾ DÂN CHỦ Ở CƠ SỞ");
        Assert.NotEqual(first, second, StringComparer.OrdinalIgnoreCase);
        Assert.EndsWith(" (2)", second, StringComparison.Ordinal);
        Assert.True(second.Length <= 31);
        Assert.Equal("Trang", names.Claim(" '' "));
    }
}
