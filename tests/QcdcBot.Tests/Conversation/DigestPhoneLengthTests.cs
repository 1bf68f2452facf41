namespace QcdcBot.Tests.Conversation;

/// <summary>/tonghop stays one message a phone shows: when naming every missing unit would make it long, it counts them and points to /chuanop.</summary>
public sealed class DigestPhoneLengthTests
{
    [Fact]
    public async Task Six_deadlines_with_every_unit_missing_give_one_short_message_with_counts_and_chuanop()
    {
        await using var bot = await BotHarness.CreateAsync();
        var first = await bot.AssignAsync("Kế hoạch QCDC trước ngày 25/10/2024");
        await bot.AssignAsync("Báo cáo tự kiểm tra trước ngày 26/10/2024");
        await bot.AssignAsync("Báo cáo sơ kết công tác dân vận trước ngày 28/10/2024");
        await bot.AssignAsync("Danh sách báo cáo viên trước ngày 29/10/2024");
        await bot.AssignAsync("Báo cáo chuyên đề tuyên truyền trước ngày 30/10/2024");
        await bot.AssignAsync("Kế hoạch kiểm tra giám sát trước ngày 31/10/2024");

        var digest = await bot.SayAsync(BotHarness.Admin, "/tonghop");

        var message = Assert.Single(digest.Replies).Text;
        Assert.True(message.Length < 4_096, $"{message.Length} characters");
        Assert.Contains($"đơn vị — xem danh sách: /chuanop #{first.Id}", message, StringComparison.Ordinal);
        Assert.DoesNotContain("• Đảng bộ Ngân hàng Nhà nước", message, StringComparison.Ordinal);
    }
}
