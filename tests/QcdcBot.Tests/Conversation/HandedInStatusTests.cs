namespace QcdcBot.Tests.Conversation;

/// <summary>A status reply naming a deadline the unit already handed in is never recorded on another deadline.</summary>
public sealed class HandedInStatusTests
{
    [Theory]
    [InlineData("bên em đã gửi qua email bc tự kiểm tra rồi ạ")]
    [InlineData("da gui ban giay bao cao tu kiem tra roi")]
    public async Task A_status_reply_naming_a_handed_in_deadline_says_so_and_records_nothing(string said)
    {
        await using var bot = await BotHarness.CreateAsync();
        await bot.AssignAsync("Kế hoạch QCDC trước ngày 30/11/2024");
        var report = await bot.AssignAsync("Báo cáo tự kiểm tra trước ngày 25/11/2024");
        await bot.AssignAsync("Báo cáo công tác tuyên truyền trước ngày 28/11/2024");
        var secretary = await bot.RegisterSecretaryAsync("NHNN");
        Assert.Contains("Biên nhận", (await bot.SendFileAsync(secretary, "tu-kiem-tra.pdf", [1, 2], $"#{report.Id}")).Text(), StringComparison.Ordinal);

        var reply = await bot.SayAsync(secretary, said);

        Assert.Contains($"Việc #{report.Id} \"Báo cáo tự kiểm tra\" đơn vị đã nộp rồi", reply.Text(), StringComparison.Ordinal);
        Assert.Equal(0, await bot.CountAsync("status_notes"));
        Assert.Empty(reply.Proactive);
    }
}
