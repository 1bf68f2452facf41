using QcdcBot.Storage.Statuses;

namespace QcdcBot.Tests.Conversation;

/// <summary>
/// What a unit hands in always counts: a "không có nội dung phát sinh" claim with a file beside it is not accepted
/// or refused, and the office is told the file counts.
/// </summary>
public sealed class ExcuseAfterFileTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Deciding_a_claim_after_the_unit_sent_a_file_says_the_file_counts_and_records_nothing(bool byButton)
    {
        await using var bot = await BotHarness.CreateAsync();
        var deadline = await bot.AssignAsync("Báo cáo kết quả sinh hoạt chuyên đề trước ngày 25/10/2024 cho KBNN");
        var secretary = await bot.RegisterSecretaryAsync("KBNN");
        var claim = await bot.SayAsync(secretary, "dv em ko co phat sinh gi a");
        await bot.SendFileAsync(secretary, "bao-cao-chuyen-de.pdf", [5, 6, 7], caption: $"#{deadline.Id}");

        var payload = claim.Proactive[0].Message.Choices[0].Payload;
        var decided = byButton ? await bot.PressAsync(BotHarness.Admin, payload) : await bot.SayAsync(BotHarness.Admin, payload);

        Assert.Contains("đã nộp", decided.Text(), StringComparison.Ordinal);
        Assert.Contains("sau khi báo \"không có nội dung phát sinh\"", decided.Text(), StringComparison.Ordinal);
        Assert.Contains("Bài đã nộp được tính", decided.Text(), StringComparison.Ordinal);
        Assert.Empty(decided.Proactive);
        var note = Assert.Single(await bot.Get<StatusNoteStore>().ForUnitAsync((await bot.UnitAsync("KBNN")).Id));
        Assert.Null(note.AcceptedBy);
    }
}
