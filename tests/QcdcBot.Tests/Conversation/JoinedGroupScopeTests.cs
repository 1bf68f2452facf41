using QcdcBot.Storage.Deadlines;
using QcdcBot.Storage.Units;

namespace QcdcBot.Tests.Conversation;

/// <summary>
/// Groups of units joined by "và" or a comma, as letters write them, are every unit either group holds; polite words
/// closing a scope ("ạ", "nhé", "giúp em với") are no part of the last unit's name.
/// </summary>
public sealed class JoinedGroupScopeTests
{
    [Theory]
    [InlineData("Báo cáo sơ kết trước 28/11/2024 cho các đảng bộ, chi bộ cơ sở và các tổ chức đoàn thể")]
    [InlineData("Báo cáo sơ kết trước 28/11/2024 cho cac dang bo, cac chi bo va cac doan the khoi")]
    [InlineData("Báo cáo sơ kết hạn chót 28/11/2024, chi, đảng bộ cơ sở và các đoàn thể trực thuộc.")]
    public async Task Grassroots_and_mass_organizations_joined_are_every_unit(string arguments)
    {
        await using var bot = await BotHarness.CreateAsync();
        var all = await bot.Get<UnitStore>().AllAsync();

        var reply = await bot.SayAsync(BotHarness.Admin, "/giao " + arguments);

        var deadline = Assert.Single(await bot.Get<DeadlineStore>().ListAsync());
        Assert.Equal(all.Count, all.Count(deadline.Covers));
        Assert.Contains($"{all.Count} đơn vị", reply.Text(), StringComparison.Ordinal);
        Assert.DoesNotContain("không dùng", reply.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_kinds_joined_are_both_kinds_and_nothing_else()
    {
        await using var bot = await BotHarness.CreateAsync();
        var all = await bot.Get<UnitStore>().AllAsync();

        var deadline = await bot.AssignAsync("Danh sách đoàn viên ưu tú trước 28/11/2024 cho các chi bộ và các đoàn thể");

        Assert.Equal(all.Where(u => u.Kind is UnitKind.ChiBo or UnitKind.DoanThe).Select(u => u.Id).Order(), all.Where(deadline.Covers).Select(u => u.Id).Order());
    }

    [Theory]
    [InlineData("cho Ngân hàng Nhà nước và Chi bộ Thanh tra tỉnh nhé ạ")]
    [InlineData("cho NHNN, Thanh tra tỉnh giúp em với")]
    [InlineData("cho NHNN và TTRA a.")]
    public async Task Polite_words_closing_a_scope_are_not_part_of_a_unit_name(string scope)
    {
        await using var bot = await BotHarness.CreateAsync();

        var deadline = await bot.AssignAsync("Báo cáo công tác dân vận trước 28/11/2024 " + scope);

        Assert.Equal(new[] { (await bot.UnitAsync("NHNN")).Id, (await bot.UnitAsync("TTRA")).Id }.Order(), deadline.UnitIds.Order());
    }
}
