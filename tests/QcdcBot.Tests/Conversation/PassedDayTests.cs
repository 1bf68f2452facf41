using QcdcBot.Storage.Deadlines;

namespace QcdcBot.Tests.Conversation;

/// <summary>
/// A day-month that has just passed is never silently read as next year: /suahan asks the same question /giao asks
/// (this year, already overdue, or next year), with "2" its "Không" as in every confirmation.
/// </summary>
public sealed class PassedDayTests
{
    [Theory]
    [InlineData("1", 2024)]
    [InlineData("3", 2025)]
    public async Task Suahan_to_a_day_month_just_passed_asks_this_year_or_next_and_moves_only_when_answered(string answer, int year)
    {
        await using var bot = await BotHarness.CreateAsync();
        var deadline = await bot.AssignAsync("Báo cáo giám sát trước ngày 30/10/2024");

        var asked = await bot.SayAsync(BotHarness.Admin, $"/suahan #{deadline.Id} han chot 12/10");
        var unchanged = (await bot.Get<DeadlineStore>().GetAsync(deadline.Id))!.DueDate;
        await bot.SayAsync(BotHarness.Admin, answer);

        Assert.Contains("Ngày 12/10 gần nhất (12/10/2024) đã qua", asked.Text(), StringComparison.Ordinal);
        Assert.Equal(3, asked.Last().Choices.Count);
        Assert.Equal(new DateOnly(2024, 10, 30), unchanged);
        Assert.Equal(new DateOnly(year, 10, 12), (await bot.Get<DeadlineStore>().GetAsync(deadline.Id))!.DueDate);
    }

    [Fact]
    public async Task Suahan_and_giao_ask_with_the_same_choices()
    {
        await using var bot = await BotHarness.CreateAsync();
        var deadline = await bot.AssignAsync("Báo cáo giám sát trước ngày 30/10/2024");

        var edit = await bot.SayAsync(BotHarness.Admin, $"/suahan #{deadline.Id} trước 1/9");
        var give = await bot.SayAsync(BotHarness.Admin, "/giao Báo cáo quý III trước 1/9");

        Assert.Equal(edit.Last().Choices.Select(c => c.Label), give.Last().Choices.Select(c => c.Label));
        Assert.Single(await bot.Get<DeadlineStore>().ListAsync());
    }

    [Theory]
    [InlineData("2")]
    [InlineData("số 2")]
    [InlineData("0")]
    public async Task The_habitual_2_backs_out_of_a_passed_day_and_moves_no_date_nor_creates_a_deadline(string answer)
    {
        await using var bot = await BotHarness.CreateAsync();
        var deadline = await bot.AssignAsync("Báo cáo giám sát trước ngày 30/10/2024");

        var edit = await bot.SayAsync(BotHarness.Admin, $"/suahan #{deadline.Id} trước 3/10");
        var editAnswer = await bot.SayAsync(BotHarness.Admin, answer);
        var give = await bot.SayAsync(BotHarness.Admin, "/giao Báo cáo nhanh tình hình Tết trước 2/10 cho NHNN");
        var giveAnswer = await bot.SayAsync(BotHarness.Admin, answer);

        Assert.Equal("Không, hủy", edit.Last().Choices[1].Label);
        Assert.Equal("Không, hủy", give.Last().Choices[1].Label);
        Assert.Contains("(năm 2025)", edit.Last().Choices[2].Label, StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2024, 10, 30), (await bot.Get<DeadlineStore>().GetAsync(deadline.Id))!.DueDate);
        Assert.Single(await bot.Get<DeadlineStore>().ListAsync());
        Assert.Empty(editAnswer.Proactive);
        Assert.Empty(giveAnswer.Proactive);
    }
}
