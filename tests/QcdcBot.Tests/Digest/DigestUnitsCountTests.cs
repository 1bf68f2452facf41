using QcdcBot.Bot.Digest;
using QcdcBot.Scheduling.Digests;
using QcdcBot.Storage.Units;
using QcdcBot.Tests.Conversation;

namespace QcdcBot.Tests.Digest;

/// <summary>
/// The digest's one-message summary counts the units that have open work (every deadline's units together), beside
/// the office's total when they differ, never the largest deadline's count passed off as the office's.
/// </summary>
public sealed class DigestUnitsCountTests
{
    [Fact]
    public async Task The_summary_counts_the_units_with_open_work_and_says_how_many_have_none()
    {
        await using var bot = await BotHarness.CreateAsync();
        var grassroots = await bot.AssignAsync("Báo cáo sơ kết 6 tháng trước ngày 30/10/2024");
        var two = await bot.AssignAsync("Danh sách cán bộ phụ trách trước ngày 5/11/2024 cho NHNN, CCB");
        var units = await bot.Get<UnitStore>().AllAsync();
        var withWork = units.Count(u => grassroots.Covers(u) || two.Covers(u));
        Assert.True(withWork < units.Count, "the sample has units outside both deadlines");

        var text = DigestText.Summary(await bot.Get<DigestBuilder>().BuildAsync(), null, "Ban Tuyên giáo");

        Assert.Contains($"2 việc đang mở · {withWork}/{units.Count} đơn vị có việc đang mở ({units.Count - withWork} đơn vị chưa được giao việc nào đang mở)", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_unit_with_work_is_one_number_whatever_each_deadline_covers()
    {
        await using var bot = await BotHarness.CreateAsync();
        await bot.AssignAsync("Báo cáo sơ kết 6 tháng trước ngày 30/10/2024 cho tất cả các đơn vị");
        await bot.AssignAsync("Danh sách cán bộ phụ trách trước ngày 5/11/2024 cho NHNN, CCB");
        var units = await bot.Get<UnitStore>().AllAsync();

        var text = DigestText.Summary(await bot.Get<DigestBuilder>().BuildAsync(), null, "Ban Tuyên giáo");

        Assert.Contains($"2 việc đang mở · {units.Count} đơn vị có việc đang mở\n", text, StringComparison.Ordinal);
    }
}
