using QcdcBot.Storage.Deadlines;
using QcdcBot.Storage.Units;

namespace QcdcBot.Tests.Conversation;

/// <summary>
/// The question about a near-duplicate names the open deadline's units briefly: a whole group listed unit by unit in
/// the group's words, a long list by its count and first names, never every name.
/// </summary>
public sealed class NearDuplicateScopeWordingTests
{
    [Fact]
    public async Task Units_listed_one_by_one_that_make_up_the_grassroots_are_said_as_the_group()
    {
        await using var bot = await BotHarness.CreateAsync();
        var grassroots = (await bot.Get<UnitStore>().AllAsync()).Where(u => u.IsGrassroots).ToList();
        await bot.AssignAsync($"Báo cáo sơ kết công tác dân vận trước 20/12/2024 cho {string.Join(", ", grassroots.Select(u => u.Code))}");

        var asked = (await bot.SayAsync(BotHarness.Admin, "/giao bc so ket cong tac dan van truoc 20/12/2024 cho tat ca")).Text();

        Assert.Contains($"cho {grassroots.Count} chi, đảng bộ cơ sở", asked, StringComparison.Ordinal);
        Assert.DoesNotContain(grassroots[10].Name, asked, StringComparison.Ordinal);
        Assert.Single(await bot.Get<DeadlineStore>().ListAsync());
    }

    [Fact]
    public async Task A_long_list_of_units_is_said_by_its_count_and_first_names()
    {
        await using var bot = await BotHarness.CreateAsync();
        var some = (await bot.Get<UnitStore>().AllAsync()).Where(u => u.Kind == UnitKind.DangBo).Take(12).ToList();
        await bot.AssignAsync($"Danh sách đảng viên dự lớp bồi dưỡng trước 10/12/2024 cho {string.Join(", ", some.Select(u => u.Code))}");

        var asked = (await bot.SayAsync(BotHarness.Admin, $"/giao Danh sách đảng viên dự lớp bồi dưỡng trước 10/12/2024 cho {some[0].Code}, {some[1].Code}")).Text();

        Assert.Contains($"cho 12 đơn vị ({some[0].Name}, {some[1].Name}, {some[2].Name} và 9 đơn vị khác)", asked, StringComparison.Ordinal);
        Assert.DoesNotContain(some[7].Name, asked, StringComparison.Ordinal);
    }
}
