using QcdcBot.Storage.Deadlines;

namespace QcdcBot.Tests.Conversation;

/// <summary>
/// A status reply naming a deadline the unit already handed in is never recorded on another deadline: named by its
/// words, it says so; named only by number ("#N", or a bare number read as one), it gets that answer alone, with no
/// "cho việc nào?" among the other deadlines, and nothing is written.
/// </summary>
public sealed class HandedInStatusTests
{
    [Theory]
    [InlineData("bên em đã gửi qua email bc tự kiểm tra rồi ạ")]
    [InlineData("da gui ban giay bao cao tu kiem tra roi")]
    public async Task A_status_reply_naming_a_handed_in_deadline_says_so_and_records_nothing(string said)
    {
        await using var bot = await BotHarness.CreateAsync();
        var (report, secretary) = await HandedInReportAsync(bot);

        var reply = await bot.SayAsync(secretary, said);

        Assert.Contains($"Việc #{report.Id} \"Báo cáo tự kiểm tra\" đơn vị đã nộp rồi", reply.Text(), StringComparison.Ordinal);
        Assert.Equal(0, await bot.CountAsync("status_notes"));
        Assert.Empty(reply.Proactive);
    }

    [Theory]
    [InlineData("dang lam #{0}")]
    [InlineData("#{0} đang làm ạ")]
    [InlineData("đã gửi bản giấy #{0} rồi")]
    [InlineData("dang lam {0}")]
    public async Task A_status_reply_naming_only_a_handed_in_deadline_by_number_asks_nothing_and_records_nothing(string pattern)
    {
        await using var bot = await BotHarness.CreateAsync();
        var (report, secretary) = await HandedInReportAsync(bot);

        var reply = await bot.SayAsync(secretary, string.Format(System.Globalization.CultureInfo.InvariantCulture, pattern, report.Id));

        Assert.Contains($"#{report.Id} \"Báo cáo tự kiểm tra\"", reply.Text(), StringComparison.Ordinal);
        Assert.Contains("đã nộp", reply.Text(), StringComparison.Ordinal);
        Assert.DoesNotContain("cho việc nào", reply.Text(), StringComparison.Ordinal);
        Assert.All(reply.Replies, r => Assert.Empty(r.Choices));
        Assert.Equal(0, await bot.CountAsync("status_notes"));
        Assert.Empty(reply.Proactive);
    }

    /// <summary>Three open deadlines for NHNN, whose secretary has handed in "Báo cáo tự kiểm tra" (the one returned).</summary>
    private static async Task<(Deadline Report, string Secretary)> HandedInReportAsync(BotHarness bot)
    {
        await bot.AssignAsync("Kế hoạch QCDC trước ngày 30/11/2024");
        var report = await bot.AssignAsync("Báo cáo tự kiểm tra trước ngày 25/11/2024");
        await bot.AssignAsync("Báo cáo công tác tuyên truyền trước ngày 28/11/2024");
        var secretary = await bot.RegisterSecretaryAsync("NHNN");
        Assert.Contains("Biên nhận", (await bot.SendFileAsync(secretary, "tu-kiem-tra.pdf", [1, 2], $"#{report.Id}")).Text(), StringComparison.Ordinal);
        return (report, secretary);
    }
}
