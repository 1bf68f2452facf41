using QcdcBot.Bot.Conversation;
using QcdcBot.Storage.ExtensionRequests;
using QcdcBot.Storage.Submissions;

namespace QcdcBot.Tests.Conversation;

/// <summary>A file waiting for "which deadline?" is never dropped because the secretary did something else first.</summary>
public sealed class WaitingFilesTests
{
    [Fact]
    public async Task A_photo_waiting_for_its_deadline_is_kept_through_a_giahan_question_and_asked_again_after_it()
    {
        await using var bot = await BotHarness.CreateAsync();
        var plan = await bot.AssignAsync("Kế hoạch QCDC trước ngày 30/11/2024");
        var report = await bot.AssignAsync("Báo cáo tự kiểm tra trước ngày 25/11/2024");
        var secretary = await bot.RegisterSecretaryAsync("LHHKHKT");
        await bot.SendFileAsync(secretary, "trang1.jpg", [1, 2, 3]);

        var extension = await bot.SayAsync(secretary, "/giahan 5/12/2024 chờ họp chi bộ");
        var afterChoice = await bot.SayAsync(secretary, Option(extension, report.Title));
        var filed = await bot.SayAsync(secretary, Option(afterChoice, plan.Title));

        Assert.Contains("1 tệp gửi lúc trước vẫn được giữ", extension.Text(), StringComparison.Ordinal);
        Assert.Single(await bot.Get<ExtensionRequestStore>().ForDeadlineAsync(report.Id));
        Assert.Contains("1 tệp gửi lúc trước vẫn đang chờ", afterChoice.Text(), StringComparison.Ordinal);
        Assert.Contains("Biên nhận", filed.Text(), StringComparison.Ordinal);
        var unit = await bot.UnitAsync("LHHKHKT");
        Assert.Equal("trang1.jpg", Assert.Single((await bot.Get<SubmissionStore>().LatestAsync(unit.Id, plan.Id))!.Files).OriginalName);
    }

    /// <summary>The number to type for the choice that names this deadline (its own number).</summary>
    private static string Option(TurnResult result, string title) =>
        result.Replies.Last(r => r.Choices.Count > 0).Choices.First(c => c.Label.Contains(title, StringComparison.Ordinal)).Number!.Value
            .ToString(System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task A_file_waiting_for_its_deadline_is_asked_about_again_after_another_command()
    {
        await using var bot = await BotHarness.CreateAsync();
        await bot.AssignAsync("Kế hoạch QCDC trước ngày 30/11/2024");
        await bot.AssignAsync("Báo cáo tự kiểm tra trước ngày 25/11/2024");
        var secretary = await bot.RegisterSecretaryAsync("LHHKHKT");
        await bot.SendFileAsync(secretary, "bc.pdf", [4, 5]);

        var reply = await bot.SayAsync(secretary, "/viec");

        Assert.Contains("Việc của", reply.Text(), StringComparison.Ordinal);
        Assert.Contains("1 tệp gửi lúc trước vẫn đang chờ", reply.Text(), StringComparison.Ordinal);
        Assert.Equal("Không nộp các tệp này", reply.Last().Choices[^1].Label);
    }
}
