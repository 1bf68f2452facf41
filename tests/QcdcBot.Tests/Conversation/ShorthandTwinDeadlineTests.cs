using QcdcBot.Storage.Deadlines;

namespace QcdcBot.Tests.Conversation;

/// <summary>
/// The same /giao re-typed in the office's phone shorthand ("kq" for "kết quả", "bc" for "báo cáo") is the same paper:
/// it is asked about as a duplicate of the open deadline, and nothing is made until the office says so.
/// </summary>
public sealed class ShorthandTwinDeadlineTests
{
    [Theory]
    [InlineData("Bao cao ket qua QCDC nam 2026 truoc 24/12/2026", "bao cao kq QCDC nam 2026 truoc 24/12/2026")]
    [InlineData("bao cao kq QCDC nam 2026 truoc 24/12/2026", "Báo cáo kết quả QCDC năm 2026 trước ngày 24/12/2026")]
    [InlineData("Báo cáo kết quả tự kiểm tra năm 2026 trước 24/12/2026", "bc kq tu kiem tra nam 2026 truoc 24/12/2026")]
    public async Task A_giao_retyped_with_shorthand_is_asked_as_a_duplicate_and_makes_nothing(string first, string again)
    {
        await using var bot = await BotHarness.CreateAsync();
        bot.SetLocalTime(2026, 12, 7, 9, 0);
        var made = await bot.AssignAsync(first);
        var before = (await bot.Get<DeadlineStore>().ListAsync(includeClosed: true)).Count;

        var asked = (await bot.SayAsync(BotHarness.Admin, "/giao " + again)).Text();

        Assert.Contains($"Đã có việc #{made.Id}", asked, StringComparison.Ordinal);
        Assert.DoesNotContain("Đã giao việc", (await bot.SayAsync(BotHarness.Admin, "2")).Text(), StringComparison.Ordinal);
        Assert.Equal(before, (await bot.Get<DeadlineStore>().ListAsync(includeClosed: true)).Count);
    }
}
