using QcdcBot.Storage.Deadlines;

namespace QcdcBot.Tests.Conversation;

/// <summary>/suahan reads the words the office puts between the deadline and its new date as joining words, never as the deadline's name.</summary>
public sealed class SuahanJoiningWordsTests
{
    [Theory]
    [InlineData("#{0} hạn mới 8/11/2024")]
    [InlineData("#{0} han moi la 8/11/2024")]
    [InlineData("#{0} sang ngày 8/11/2024")]
    [InlineData("#{0} thành 8/11/2024")]
    [InlineData("#{0} đến 8/11/2024")]
    [InlineData("#{0} lùi đến 8/11/2024")]
    [InlineData("#{0} lui lai den 8/11/2024")]
    [InlineData("#{0} → 8/11/2024")]
    [InlineData("#{0}=8/11/2024")]
    [InlineData("#{0} -> 8/11/2024")]
    [InlineData("sơ kết dân vận khéo dời sang 8/11/2024")]
    public async Task The_deadline_moves_whatever_joins_it_to_the_new_date(string arguments)
    {
        await using var bot = await BotHarness.CreateAsync();
        var deadline = await bot.AssignAsync("Báo cáo sơ kết dân vận khéo trước ngày 31/10/2024");

        var reply = (await bot.SayAsync(BotHarness.Admin, "/suahan " + string.Format(System.Globalization.CultureInfo.InvariantCulture, arguments, deadline.Id))).Text();

        Assert.Contains($"Đã sửa hạn việc #{deadline.Id}", reply, StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2024, 11, 8), (await bot.Get<DeadlineStore>().GetAsync(deadline.Id))!.DueDate);
    }

    [Fact]
    public async Task A_title_ending_in_a_joining_looking_word_is_still_found()
    {
        await using var bot = await BotHarness.CreateAsync();
        var deadline = await bot.AssignAsync("Kế hoạch mới về dân vận trước ngày 31/10/2024");

        await bot.SayAsync(BotHarness.Admin, "/suahan kế hoạch mới 8/11/2024");

        Assert.Equal(new DateOnly(2024, 11, 8), (await bot.Get<DeadlineStore>().GetAsync(deadline.Id))!.DueDate);
    }
}
