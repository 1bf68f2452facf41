using QcdcBot.Tests.Support;

namespace QcdcBot.Tests.Conversation;

/// <summary>A question the person moved on from is closed: a bare number typed later never answers it.</summary>
public sealed class StaleQuestionTests
{
    [Fact]
    public async Task A_number_typed_after_another_command_does_not_confirm_an_old_past_date_question()
    {
        await using var bot = await BotHarness.CreateAsync();
        await bot.SayAsync(BotHarness.Admin, "/giao Ke hoach nam 2027 truoc ngay 10/4/2023");
        await bot.SayAsync(BotHarness.Admin, "tinh hinh");

        var late = await bot.SayAsync(BotHarness.Admin, "1");

        Assert.Equal(0, await bot.CountAsync("deadlines"));
        Assert.DoesNotContain("Đã giao", late.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_number_typed_right_after_the_question_still_answers_it()
    {
        await using var bot = await BotHarness.CreateAsync();
        await bot.SayAsync(BotHarness.Admin, "/giao Ke hoach nam 2027 truoc ngay 10/4/2023");

        await bot.SayAsync(BotHarness.Admin, "1");

        Assert.Equal(1, await bot.CountAsync("deadlines"));
    }
}
