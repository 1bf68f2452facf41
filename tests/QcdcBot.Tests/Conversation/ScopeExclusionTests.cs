using QcdcBot.Storage.Deadlines;
using QcdcBot.Storage.Units;

namespace QcdcBot.Tests.Conversation;

/// <summary>
/// "trừ", "ngoại trừ", "không gồm", "không kể", "trừ ra" take units out of a scope, bracketed or not; the confirmation
/// counts what was taken out and names it; a name after "trừ" that matches nothing stops the command with a word.
/// </summary>
public sealed class ScopeExclusionTests
{
    [Theory]
    [InlineData("Báo cáo kết quả học tập chuyên đề trước 28/11/2024, các chi bộ ngoại trừ TTRA và Chi bộ Cục Thống kê tỉnh Yên Bái để tổng hợp")]
    [InlineData("Báo cáo kết quả học tập chuyên đề hạn 28/11/2024 cho các chi bộ [không gồm: Chi bộ Thanh tra tỉnh; CTK] nha")]
    [InlineData("Báo cáo kết quả học tập chuyên đề trước 28/11/2024 chỉ các chi bộ, không kể TTRA, CTK.")]
    public async Task Units_after_an_excluding_word_are_left_out_counted_and_named(string arguments)
    {
        await using var bot = await BotHarness.CreateAsync();
        var chiBo = (await bot.Get<UnitStore>().AllAsync()).Count(u => u.Kind == UnitKind.ChiBo);
        var inspectors = await bot.RegisterSecretaryAsync("TTRA");
        var other = await bot.RegisterSecretaryAsync("BDVTU");

        var reply = await bot.SayAsync(BotHarness.Admin, "/giao " + arguments);

        var deadline = Assert.Single(await bot.Get<DeadlineStore>().ListAsync());
        Assert.Equal(chiBo - 2, deadline.UnitIds.Count);
        Assert.DoesNotContain((await bot.UnitAsync("TTRA")).Id, deadline.UnitIds);
        Assert.DoesNotContain((await bot.UnitAsync("CTK")).Id, deadline.UnitIds);
        Assert.Contains($"{chiBo} − 2 = {chiBo - 2} đơn vị", reply.Text(), StringComparison.Ordinal);
        Assert.Contains("Chi bộ Thanh tra tỉnh", reply.Text(), StringComparison.Ordinal);
        Assert.DoesNotContain(reply.Proactive, p => p.To.ChatId == inspectors);
        Assert.Contains(reply.Proactive, p => p.To.ChatId == other);
    }

    [Fact]
    public async Task Trừ_ra_takes_a_unit_out_of_named_units()
    {
        await using var bot = await BotHarness.CreateAsync();

        var deadline = await bot.AssignAsync("Danh sách đề nghị khen thưởng trước 28/11/2024 cho NHNN, CTK, TTRA, trừ ra CTK");

        Assert.Equal(new[] { (await bot.UnitAsync("NHNN")).Id, (await bot.UnitAsync("TTRA")).Id }.Order(), deadline.UnitIds.Order());
    }

    [Theory]
    [InlineData("Báo cáo sơ kết trước 28/11/2024 cho các chi bộ (trừ Chi bộ Sở Không Có)", "Không tìm thấy đơn vị \"Chi bộ Sở Không Có\" (trong phần trừ ra)")]
    [InlineData("Báo cáo sơ kết trước 28/11/2024 cho các chi bộ ngoại trừ NHNN", "không thuộc các chi bộ")]
    public async Task An_excluded_name_that_matches_nothing_in_the_scope_is_said_and_nothing_is_created(string arguments, string said)
    {
        await using var bot = await BotHarness.CreateAsync();

        var reply = await bot.SayAsync(BotHarness.Admin, "/giao " + arguments);

        Assert.Contains(said, reply.Text(), StringComparison.Ordinal);
        Assert.Empty(await bot.Get<DeadlineStore>().ListAsync());
    }
}
