namespace QcdcBot.Tests.Conversation;

/// <summary>
/// A status reply whose only named deadline ("#N", or a bare number read as one) the unit already handed in gets that
/// answer alone: no "cho việc nào?" among the other deadlines, nothing written.
/// </summary>
public sealed class HandedInNumberStatusTests
{
    [Theory]
    [InlineData("dang lam #{0}")]
    [InlineData("#{0} đang làm ạ")]
    [InlineData("đã gửi bản giấy #{0} rồi")]
    [InlineData("dang lam {0}")]
    public async Task A_status_reply_naming_only_a_handed_in_deadline_by_number_asks_nothing_and_records_nothing(string pattern)
    {
        await using var bot = await BotHarness.CreateAsync();
        await bot.AssignAsync("Kế hoạch QCDC trước ngày 30/11/2024");
        var report = await bot.AssignAsync("Báo cáo tự kiểm tra trước ngày 25/11/2024");
        await bot.AssignAsync("Báo cáo công tác tuyên truyền trước ngày 28/11/2024");
        var secretary = await bot.RegisterSecretaryAsync("NHNN");
        Assert.Contains("Biên nhận", (await bot.SendFileAsync(secretary, "tu-kiem-tra.pdf", [1, 2], $"#{report.Id}")).Text(), StringComparison.Ordinal);

        var reply = await bot.SayAsync(secretary, string.Format(System.Globalization.CultureInfo.InvariantCulture, pattern, report.Id));

        Assert.Contains($"#{report.Id} \"Báo cáo tự kiểm tra\"", reply.Text(), StringComparison.Ordinal);
        Assert.Contains("đã nộp", reply.Text(), StringComparison.Ordinal);
        Assert.DoesNotContain("cho việc nào", reply.Text(), StringComparison.Ordinal);
        Assert.All(reply.Replies, r => Assert.Empty(r.Choices));
        Assert.Equal(0, await bot.CountAsync("status_notes"));
        Assert.Empty(reply.Proactive);
    }
}
