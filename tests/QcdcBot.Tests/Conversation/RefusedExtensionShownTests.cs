using QcdcBot.Bot.Exports;
using QcdcBot.Scheduling.Calendar;
using QcdcBot.Scheduling.Tallies;
using QcdcBot.Tests.Exports;

namespace QcdcBot.Tests.Conversation;

/// <summary>
/// A unit refused an extension asked and was answered: every view counts it with the extension's story ("hết gia hạn
/// hoặc bị từ chối gia hạn"), apart from the units that never answered, and it still owes on the deadline's date.
/// </summary>
public sealed class RefusedExtensionShownTests
{
    [Theory]
    [InlineData("cho em lùi hạn tới 8/11/2024 ạ", "/tuchoi {0} cần nộp đúng hạn")]
    [InlineData("xin gia han den 6/11/2024 vi chua hop chi bo", "/tuchoi {0}")]
    public async Task A_refused_extension_is_counted_with_its_story_in_every_view_never_as_silence(string asked, string refusal)
    {
        await using var bot = await BotHarness.CreateAsync();
        var deadline = await bot.AssignAsync("Báo cáo sơ kết công tác dân vận trước ngày 30/10/2024 cho TTRA, SYT");
        var secretary = await bot.RegisterSecretaryAsync("TTRA");
        await bot.SayAsync(secretary, asked);
        var request = Assert.Single(await bot.Get<QcdcBot.Storage.ExtensionRequests.ExtensionRequestStore>().ForDeadlineAsync(deadline.Id));
        await bot.SayConfirmedAsync(BotHarness.Admin, string.Format(System.Globalization.CultureInfo.InvariantCulture, refusal, request.Id));
        if ((await bot.Get<QcdcBot.Storage.ExtensionRequests.ExtensionRequestStore>().ForDeadlineAsync(deadline.Id))[0].State == QcdcBot.Storage.ExtensionRequests.ExtensionState.Pending)
        {
            // Refused without a reason: the bot asks for one, "bỏ qua" sends none.
            await bot.SayAsync(BotHarness.Admin, "bỏ qua");
        }

        bot.SetLocalTime(2024, 11, 1, 9, 0);

        var progress = (await bot.SayAsync(BotHarness.Admin, $"/tinhhinh #{deadline.Id}")).Text();
        var digest = (await bot.SayAsync(BotHarness.Admin, "/tonghop")).Text();
        var missing = (await bot.SayAsync(BotHarness.Admin, $"/chuanop #{deadline.Id}")).Text();
        var tally = await bot.Get<TallyService>().ForDeadlineAsync(deadline);
        var counts = (await bot.Get<TallyCounter>().CountAsync([deadline], 10, bot.Get<OfficeClock>().Today)).Deadlines[0];
        var sheet = await bot.Get<SheetSource>().ReadAsync(deadline, CancellationToken.None);

        Assert.Contains("• Hết gia hạn hoặc bị từ chối gia hạn: 1", progress, StringComparison.Ordinal);
        Assert.Contains("• Chưa nộp, chưa trả lời: 1", progress, StringComparison.Ordinal);
        Assert.Contains("1 hết gia hạn hoặc bị từ chối gia hạn · 1 chưa trả lời", digest, StringComparison.Ordinal);
        Assert.Contains("(TTRA) — xin gia hạn, bị từ chối", missing, StringComparison.Ordinal);
        Assert.Equal([1, 1, 1], new[] { tally.Count(StandingBucket.ExtensionLapsed), counts.Count(StandingBucket.ExtensionLapsed), sheet.Counts.Count(StandingBucket.ExtensionLapsed) });
        Assert.Equal([1, 1, 1], new[] { tally.Silent, counts.Silent, sheet.Counts.Silent });
        using var book = new OpenedWorkbook((await bot.Get<ProgressWorkbook>().BuildAsync([deadline], CancellationToken.None)).Bytes);
        Assert.Equal(1, book.Number("Tổng hợp", "S2"));
    }
}
