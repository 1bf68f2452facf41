using QcdcBot.Bot.Exports;
using QcdcBot.Scheduling.Tallies;

namespace QcdcBot.Tests.Conversation;

/// <summary>The version received earliest against the due date grades the unit, in every view alike.</summary>
public sealed class PaperGradesTests
{
    [Fact]
    public async Task Paper_received_on_time_after_a_late_upload_makes_the_unit_on_time_in_the_receipt_the_tally_the_counts_and_the_export()
    {
        await using var bot = await BotHarness.CreateAsync();
        bot.SetLocalTime(2026, 12, 1, 9, 0);
        var deadline = await bot.AssignAsync("Kế hoạch QCDC trước ngày 15/12/2026");
        var secretary = await bot.RegisterSecretaryAsync("HBM");
        bot.SetLocalTime(2026, 12, 16, 9, 0);
        var uploaded = await bot.SendFileAsync(secretary, "kehoach.docx", [1]);

        var receipt = await bot.SayConfirmedAsync(BotHarness.Admin, $"/ghinhan HBM {deadline.Id} văn thư nhận ngày 14/12");
        var tally = await bot.SayAsync(BotHarness.Admin, $"/tinhhinh {deadline.Id}");
        var counts = Assert.Single((await bot.Get<TallyCounter>().CountAsync([deadline], 10, new DateOnly(2026, 12, 17))).Deadlines);
        var line = (await bot.Get<SheetSource>().ReadAsync(deadline, CancellationToken.None)).Lines.Single(l => l.Unit.Code == "HBM");

        Assert.Contains("trễ 1 ngày", uploaded.Text(), StringComparison.Ordinal);
        Assert.Contains("đúng hạn", receipt.Text(), StringComparison.Ordinal);
        Assert.Contains("• Đúng hạn: 1 • Trễ: 0", tally.Text(), StringComparison.Ordinal);
        Assert.Equal((1, 0), (counts.OnTime, counts.Late));
        Assert.Equal(0, line.Submission!.FirstDaysLate);
        Assert.False(line.Facts.Late);
    }
}
