using QcdcBot.Storage.Deadlines;

namespace QcdcBot.Tests.Conversation;

/// <summary>
/// "cho các chi bộ trừ các chi bộ được kiểm tra năm 2024": the group after "trừ" is the units to leave out. /giao asks
/// for those, says so, suggests "… cho các chi bộ trừ ‹mã›, ‹mã›" (never "trừ cho"), and the answer takes them out.
/// </summary>
public sealed class ExcludedQualifiedScopeTests
{
    [Theory]
    [InlineData("Báo cáo tự kiểm tra, giám sát trước 19/12/2024 cho các chi bộ trừ các chi bộ được kiểm tra năm 2024", "Báo cáo tự kiểm tra, giám sát trước 19/12/2024 cho các chi bộ trừ")]
    [InlineData("Bao cao khac phuc truoc 20/12/2024 cho cac chi bo ngoai tru cac chi bo da duoc giam sat nam 2024", "Bao cao khac phuc truoc 20/12/2024 cho cac chi bo ngoai tru")]
    public async Task The_question_asks_for_the_units_to_leave_out_and_the_answer_leaves_them_out(string arguments, string command)
    {
        await using var bot = await BotHarness.CreateAsync();

        var asked = (await bot.SayAsync(BotHarness.Admin, "/giao " + arguments)).Text();
        var aside = (await bot.SayAsync(BotHarness.Admin, "/hanchot")).Text();
        await bot.SayAsync(BotHarness.Admin, "/giao " + arguments);
        var reply = (await bot.SayAsync(BotHarness.Admin, "TTRA, CTK")).Text();

        Assert.Contains("Cần trừ ra những đơn vị nào", asked, StringComparison.Ordinal);
        Assert.Contains($"/giao {command} <mã>, <mã>, …", asked, StringComparison.Ordinal);
        Assert.DoesNotContain("cho <mã>", asked, StringComparison.Ordinal);
        Assert.DoesNotContain("trừ cho", asked, StringComparison.Ordinal);
        Assert.DoesNotContain("tru cho", asked, StringComparison.Ordinal);
        Assert.Contains("cho các chi bộ\" trừ những đơn vị nào)", aside.Replace("cac chi bo", "các chi bộ", StringComparison.Ordinal), StringComparison.Ordinal);
        var created = Assert.Single(await bot.Get<DeadlineStore>().ListAsync());
        Assert.Contains($"Đã giao việc #{created.Id}", reply, StringComparison.Ordinal);
        Assert.DoesNotContain((await bot.UnitAsync("TTRA")).Id, created.UnitIds);
        Assert.DoesNotContain((await bot.UnitAsync("CTK")).Id, created.UnitIds);
        Assert.Contains((await bot.UnitAsync("BDVTU")).Id, created.UnitIds);
    }
}
