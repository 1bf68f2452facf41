using QcdcBot.Bot.Channels;
using QcdcBot.Bot.Conversation;
using QcdcBot.Bot.Conversation.State;
using QcdcBot.Bot.Reminders;
using QcdcBot.Storage.ExtensionRequests;

namespace QcdcBot.Tests.Conversation;

/// <summary>"Đến ngày nào?" names the deadline it is for; a day-month just passed is asked again, not moved to next year. Today is Sunday 20/10/2024.</summary>
public sealed class ExtensionQuestionTests
{
    [Theory]
    [InlineData("em xin lùi hạn ạ")]
    [InlineData("xin gia han nhe")]
    public async Task Asking_for_the_date_names_the_deadline_guessed(string text)
    {
        await using var bot = await BotHarness.CreateAsync();
        var deadline = await bot.AssignAsync("Báo cáo sơ kết công tác dân vận trước ngày 31/10/2024");
        var secretary = await bot.RegisterSecretaryAsync("XDGT");

        var asked = (await bot.SayAsync(secretary, text)).Text();

        Assert.Contains($"Xin gia hạn việc #{deadline.Id} \"{deadline.Title}\" đến ngày nào?", asked, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_reminders_xin_gia_han_by_its_number_names_the_reminders_deadline()
    {
        await using var bot = await BotHarness.CreateAsync();
        await bot.AssignAsync("Báo cáo tự kiểm tra trước ngày 25/11/2024");
        var plan = await bot.AssignAsync("Kế hoạch QCDC trước ngày 30/11/2024");
        var secretary = await bot.RegisterSecretaryAsync("VNPT");
        var reminder = new OutboundMessage($"⏰ Nhắc việc #{plan.Id}") { Choices = ReminderComposer.QuickReplies, AboutDeadlineId = plan.Id };
        await new TypedChoices(bot.Get<ConversationStateAccessor>()).RememberAsync(new ConversationReference(BotHarness.Channel, secretary, secretary), reminder, CancellationToken.None);

        var asked = (await bot.SayAsync(secretary, "4")).Text();

        Assert.Contains($"Xin gia hạn việc #{plan.Id} \"{plan.Title}\" đến ngày nào?", asked, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("xin gia han toi 10/10 nhe", "25/11 chờ chi bộ họp")]
    [InlineData("em xin gia hạn đến ngày 15/10 ạ", "ngày 25/11")]
    public async Task A_day_month_just_passed_is_said_to_have_passed_and_the_next_date_answers(string text, string answer)
    {
        await using var bot = await BotHarness.CreateAsync();
        var deadline = await bot.AssignAsync("Báo cáo sơ kết công tác dân vận trước ngày 15/11/2024");
        var secretary = await bot.RegisterSecretaryAsync("XDGT");

        var asked = (await bot.SayAsync(secretary, text)).Text();
        var sent = (await bot.SayAsync(secretary, answer)).Text();

        Assert.Contains("đã qua", asked, StringComparison.Ordinal);
        Assert.DoesNotContain("2025", asked, StringComparison.Ordinal);
        Assert.Contains("Đã gửi đề nghị gia hạn", sent, StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2024, 11, 25), Assert.Single(await bot.Get<ExtensionRequestStore>().ForDeadlineAsync(deadline.Id)).RequestedDate);
    }

    [Fact]
    public async Task A_day_month_long_past_suggests_next_year_with_the_year_written()
    {
        await using var bot = await BotHarness.CreateAsync();
        var deadline = await bot.AssignAsync("Báo cáo sơ kết công tác dân vận trước ngày 15/11/2024");
        var secretary = await bot.RegisterSecretaryAsync("XDGT");

        var asked = (await bot.SayAsync(secretary, "xin gia han den 1/6 vi cho ky")).Text();

        Assert.Contains("1/6/2025", asked, StringComparison.Ordinal);
        Assert.Contains("ghi rõ năm", asked, StringComparison.Ordinal);
        Assert.Empty(await bot.Get<ExtensionRequestStore>().ForDeadlineAsync(deadline.Id));
    }
}
