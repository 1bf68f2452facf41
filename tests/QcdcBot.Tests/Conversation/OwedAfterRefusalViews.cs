using QcdcBot.Bot.Exports;
using QcdcBot.Storage.Deadlines;
using QcdcBot.Tests.Exports;

namespace QcdcBot.Tests.Conversation;

/// <summary>
/// What every view says of one unit the office said no to, beside one unit that never answered: /tinhhinh, /tonghop,
/// /chuanop and the export name it by its label apart from silence, and it still owes.
/// </summary>
internal static class OwedAfterRefusalViews
{
    /// <param name="label">The reason's label in a count, as /chuanop and the digest say it.</param>
    /// <param name="column">The export's "Tổng hợp" column of the reason ("Q", "R").</param>
    public static async Task AssertNamedApartFromSilenceAsync(BotHarness bot, Deadline deadline, string label, string column)
    {
        var heading = char.ToUpperInvariant(label[0]) + label[1..];
        var progress = (await bot.SayAsync(BotHarness.Admin, $"/tinhhinh {deadline.Id}")).Text();
        var digest = (await bot.SayAsync(BotHarness.Admin, "/tonghop")).Text();
        var missing = (await bot.SayAsync(BotHarness.Admin, $"/chuanop {deadline.Id}")).Text();

        Assert.Contains($"• {heading} (vẫn phải nộp): 1", progress, StringComparison.Ordinal);
        Assert.Contains("• Chưa nộp, chưa trả lời: 1", progress, StringComparison.Ordinal);
        Assert.Contains($"1 {label} · 1 chưa trả lời", digest, StringComparison.Ordinal);
        Assert.Contains("Còn thiếu (2):", digest, StringComparison.Ordinal);
        Assert.Contains($"{label} 1", missing, StringComparison.Ordinal);
        Assert.Contains("chưa trả lời 1", missing, StringComparison.Ordinal);

        using var book = new OpenedWorkbook((await bot.Get<ProgressWorkbook>().BuildAsync([deadline], CancellationToken.None)).Bytes);
        Assert.Equal(2, book.Number("Tổng hợp", "I2"));
        Assert.Equal(1, book.Number("Tổng hợp", "L2"));
        Assert.Equal(1, book.Number("Tổng hợp", $"{column}2"));
        Assert.Equal(heading, book.Text("Tổng hợp", $"{column}1"));
    }
}
