namespace QcdcBot.Tests.Conversation;

/// <summary>The digest heads each deadline with the #id commands take, not with its place in the list.</summary>
public sealed class DigestDeadlineNumberTests
{
    [Fact]
    public async Task Tonghop_heads_each_section_with_the_number_that_chuanop_takes()
    {
        await using var bot = await BotHarness.CreateAsync();
        var later = await bot.AssignAsync("Kế hoạch tuyên truyền QCDC năm 2025 trước ngày 15/11/2024");
        var sooner = await bot.AssignAsync("Báo cáo sơ kết công tác dân vận trước ngày 31/10/2024");

        var digest = (await bot.SayAsync(BotHarness.Admin, "/tonghop")).Text();

        Assert.Contains($"\n#{later.Id} {later.Title}\n", digest, StringComparison.Ordinal);
        Assert.Contains($"\n#{sooner.Id} {sooner.Title}\n", digest, StringComparison.Ordinal);
        Assert.DoesNotContain($"1. {sooner.Title}", digest, StringComparison.Ordinal);
        var missing = (await bot.SayAsync(BotHarness.Admin, $"/chuanop {sooner.Id}")).Text();
        Assert.Contains(sooner.Title, missing, StringComparison.Ordinal);
    }
}
