using QcdcBot.Bot.Channels;
using QcdcBot.Bot.Conversation;
using QcdcBot.Bot.Conversation.State;
using QcdcBot.Bot.Reminders;
using QcdcBot.Storage.ExtensionRequests;
using QcdcBot.Storage.Submissions;

namespace QcdcBot.Tests.Conversation;

/// <summary>What a typed number or a follow-up answer refers to is what the person saw last.</summary>
public sealed class ListAndReminderContextTests
{
    [Fact]
    public async Task A_reminders_xin_gia_han_asked_for_its_date_is_sent_for_that_reminders_deadline()
    {
        await using var bot = await BotHarness.CreateAsync();
        await bot.AssignAsync("Báo cáo tự kiểm tra trước ngày 25/11/2024");
        var plan = await bot.AssignAsync("Kế hoạch QCDC trước ngày 30/11/2024");
        var secretary = await bot.RegisterSecretaryAsync("VNPT");
        var reminder = new OutboundMessage($"⏰ Nhắc việc #{plan.Id}") { Choices = ReminderComposer.QuickReplies, AboutDeadlineId = plan.Id };
        await new TypedChoices(bot.Get<ConversationStateAccessor>()).RememberAsync(new ConversationReference(BotHarness.Channel, secretary, secretary), reminder, CancellationToken.None);

        var asked = await bot.SayAsync(secretary, "4");
        var sent = await bot.SayAsync(secretary, "1 tuan");

        Assert.Contains("đến ngày nào", asked.Text(), StringComparison.Ordinal);
        Assert.DoesNotContain("cho việc nào", sent.Text(), StringComparison.Ordinal);
        Assert.Single(await bot.Get<ExtensionRequestStore>().ForDeadlineAsync(plan.Id));
    }

    [Fact]
    public async Task A_number_means_the_unit_of_the_last_list_shown_not_an_older_one()
    {
        await using var bot = await BotHarness.CreateAsync();
        var deadline = await bot.AssignAsync("Kế hoạch QCDC trước ngày 30/11/2024");
        var older = await UnitAt(bot, BotHarness.Admin, $"/chuanop {deadline.Id}");
        var offered = await bot.SayAsync(BotHarness.Admin, "/donvi ngan hang");
        var label = offered.Last().Choices[2].Label;
        var third = label[(label.LastIndexOf('(') + 1)..label.LastIndexOf(')')];

        await bot.SayConfirmedAsync(BotHarness.Admin, $"/ghinhan 3 {deadline.Id}");

        Assert.NotEqual(older, third);
        var submissions = bot.Get<SubmissionStore>();
        Assert.NotNull(await submissions.LatestAsync((await bot.UnitAsync(third)).Id, deadline.Id));
        Assert.Null(await submissions.LatestAsync((await bot.UnitAsync(older)).Id, deadline.Id));
    }

    /// <summary>The code of the third unit of the list a command shows ("3. Tên (MÃ)").</summary>
    private static async Task<string> UnitAt(BotHarness bot, string user, string command)
    {
        var line = (await bot.SayAsync(user, command)).Text().Split('\n').First(l => l.StartsWith("3. ", StringComparison.Ordinal));
        return line[(line.LastIndexOf('(') + 1)..line.LastIndexOf(')')];
    }
}
