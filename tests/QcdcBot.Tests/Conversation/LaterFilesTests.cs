using QcdcBot.Bot.Conversation;
using QcdcBot.Storage.Submissions;

namespace QcdcBot.Tests.Conversation;

/// <summary>Files sent long after a "which deadline?" left open are a hand-in of their own, with their own arrival time.</summary>
public sealed class LaterFilesTests
{
    [Fact]
    public async Task Files_sent_a_day_after_an_open_question_are_asked_about_on_their_own_and_keep_their_own_time()
    {
        await using var bot = await BotHarness.CreateAsync();
        bot.SetLocalTime(2026, 12, 2, 10, 0);
        var plan = await bot.AssignAsync("Kế hoạch QCDC trước ngày 30/12/2026");
        await bot.AssignAsync("Báo cáo tự kiểm tra trước ngày 25/12/2026");
        var secretary = await bot.RegisterSecretaryAsync("NHNN");
        await bot.SendFileAsync(secretary, "kehoach.docx", [1]);

        bot.SetLocalTime(2026, 12, 3, 14, 0);
        var fourth = await bot.SendFileAsync(secretary, "p4.jpg", [4]);
        await bot.SendFileAsync(secretary, "p5.jpg", [5]);
        var filed = await bot.SayAsync(secretary, Option(fourth, plan.Title));

        Assert.DoesNotContain("Đã nhận thêm", fourth.Text(), StringComparison.Ordinal);
        Assert.Contains("Bot nhận lúc: 14:00 3/12/2026", filed.Text(), StringComparison.Ordinal);
        Assert.Contains("tệp \"kehoach.docx\" gửi lúc trước vẫn đang chờ", filed.Text(), StringComparison.Ordinal);
        var unit = await bot.UnitAsync("NHNN");
        var files = (await bot.Get<SubmissionStore>().LatestAsync(unit.Id, plan.Id))!.Files;
        Assert.Equal(["p4.jpg", "p5.jpg"], files.Select(f => f.OriginalName));
    }

    [Fact]
    public async Task A_file_waiting_since_the_morning_is_filed_with_the_time_it_came_not_the_time_it_was_answered()
    {
        await using var bot = await BotHarness.CreateAsync();
        bot.SetLocalTime(2026, 12, 2, 10, 0);
        var plan = await bot.AssignAsync("Kế hoạch QCDC trước ngày 30/12/2026");
        await bot.AssignAsync("Báo cáo tự kiểm tra trước ngày 25/12/2026");
        var secretary = await bot.RegisterSecretaryAsync("NHNN");
        var asked = await bot.SendFileAsync(secretary, "kehoach.docx", [1]);

        bot.SetLocalTime(2026, 12, 2, 16, 30);
        var filed = await bot.SayAsync(secretary, Option(asked, plan.Title));

        Assert.Contains("Bot nhận lúc: 10:00 2/12/2026", filed.Text(), StringComparison.Ordinal);
    }

    /// <summary>The number to type for the choice that names this deadline (its own number).</summary>
    private static string Option(TurnResult result, string title) =>
        result.Replies.Last(r => r.Choices.Count > 0).Choices.First(c => c.Label.Contains(title, StringComparison.Ordinal)).Number!.Value
            .ToString(System.Globalization.CultureInfo.InvariantCulture);
}
