using QcdcBot.Storage.ExtensionRequests;

namespace QcdcBot.Tests.Conversation;

/// <summary>
/// A secretary who changes her mind while "… cho việc nào?" waits on her extension request ("thôi xin lùi đến 28/10 ạ")
/// has typed a new request: it is taken as one (asked which deadline again, now with that date), never refused as an
/// answer the bot did not understand.
/// </summary>
public sealed class ChangedRequestWhileAskedTests
{
    [Theory]
    [InlineData("thôi xin lùi đến 30/10/2024 ạ")]
    [InlineData("thoi em xin den 30/10/2024 nhe")]
    [InlineData("à không, lùi sang 30/10/2024 giúp em")]
    public async Task A_new_date_while_the_question_waits_is_the_request_asked_again_with_that_date(string changed)
    {
        await using var bot = await BotHarness.CreateAsync();
        await bot.AssignAsync("Báo cáo nhanh tình hình trước ngày 25/10/2024 cho TTRA");
        await bot.AssignAsync("Kế hoạch dân vận khéo trước ngày 26/10/2024 cho TTRA");
        var secretary = await bot.RegisterSecretaryAsync("TTRA");
        Assert.Contains("cho việc nào?", (await bot.SayAsync(secretary, "xin them 1 tuan nua vi chua hop xong")).Text(), StringComparison.Ordinal);

        var asked = await bot.SayAsync(secretary, changed);

        Assert.DoesNotContain("Bot chưa hiểu", asked.Text(), StringComparison.Ordinal);
        Assert.Contains("30/10/2024", asked.Text(), StringComparison.Ordinal);
        Assert.Contains("cho việc nào?", asked.Text(), StringComparison.Ordinal);
        var answered = await bot.SayAsync(secretary, "1");
        var request = Assert.Single(await bot.Get<ExtensionRequestStore>().PendingForDeadlinesAsync([1, 2], null));
        Assert.Equal(new DateOnly(2024, 10, 30), request.RequestedDate);
        Assert.NotEmpty(answered.Proactive);
    }
}
