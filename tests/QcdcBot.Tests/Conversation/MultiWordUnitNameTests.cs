namespace QcdcBot.Tests.Conversation;

/// <summary>A unit named in full in /giao keeps every word, even one that is also a little word of speech ("nhà" folds to "nha").</summary>
public sealed class MultiWordUnitNameTests
{
    [Theory]
    [InlineData("Báo cáo chuyên đề dân vận trước 25/11/2024 cho Ngân hàng Nhà nước, Sở Y tế", "NHNN", "SYT")]
    [InlineData("kh 2025 truoc ngay 5/12/2024 cho Ngan hang nha nuoc, So Y te", "NHNN", "SYT")]
    [InlineData("Báo cáo quý IV trước 20/12/2024 cho Kho bạc Nhà nước tỉnh, Ngân hàng Nhà nước nhé", "KBNN", "NHNN")]
    [InlineData("Báo cáo tự kiểm tra trước 22/11/2024 cho Sở Y tế; Kho bac nha nuoc tinh 🙏", "SYT", "KBNN")]
    public async Task Giao_for_units_named_in_full_gives_the_deadline_to_each_of_them(string arguments, string first, string second)
    {
        await using var bot = await BotHarness.CreateAsync();

        var deadline = await bot.AssignAsync(arguments);

        var expected = new[] { (await bot.UnitAsync(first)).Id, (await bot.UnitAsync(second)).Id };
        Assert.Equal(expected.Order(), deadline.UnitIds.Order());
    }
}
