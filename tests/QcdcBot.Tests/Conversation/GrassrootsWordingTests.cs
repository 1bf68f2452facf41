using QcdcBot.Storage.Deadlines;

namespace QcdcBot.Tests.Conversation;

/// <summary>/giao reads every wording of "all grassroots units" that letters read (one shared definition).</summary>
public sealed class GrassrootsWordingTests
{
    [Theory]
    [InlineData("Báo cáo sơ kết trước 20/11/2024, các chi và đảng bộ cơ sở.")]
    [InlineData("Báo cáo sơ kết trước 20/11/2024 cho các chi và đảng bộ cơ sở")]
    [InlineData("Bao cao so ket truoc 20/11/2024 cho tat ca cac chi va dang bo truc thuoc")]
    public async Task Both_kinds_named_together_with_and_are_the_grassroots_units(string arguments)
    {
        await using var bot = await BotHarness.CreateAsync();

        var deadline = await bot.AssignAsync(arguments);

        Assert.Equal(DeadlineScope.Grassroots, deadline.Scope);
    }
}
