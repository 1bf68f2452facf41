namespace QcdcBot.Tests.Conversation;

/// <summary>
/// A file's "nộp cho việc nào?" offers the same deadlines every time it is asked: the ones its caption or name fitted
/// (those still open), never all the unit's open deadlines the second time. Today is Sunday 20/10/2024.
/// </summary>
public sealed class WaitingFileChoicesTests
{
    [Theory]
    [InlineData("bao-cao-kiem-tra.pdf", "", "/viec")]
    [InlineData("IMG_0411.jpg", "ảnh báo cáo kiểm tra", "/trogiup")]
    [InlineData("kiem tra.docx", "", "cảm ơn ạ")]
    public async Task Asked_again_after_another_message_a_waiting_file_is_offered_the_same_deadlines(string name, string caption, string between)
    {
        await using var bot = await BotHarness.CreateAsync();
        await bot.AssignAsync("Báo cáo tự kiểm tra việc thực hiện QCDC trước ngày 30/10/2024");
        await bot.AssignAsync("Báo cáo kết quả kiểm tra đảng viên trước ngày 15/11/2024");
        await bot.AssignAsync("Kế hoạch công tác năm 2025 trước ngày 5/11/2024");
        await bot.AssignAsync("Danh sách cán bộ phụ trách trước ngày 8/11/2024");
        var secretary = await bot.RegisterSecretaryAsync("NHNN");
        var first = (await bot.SendFileAsync(secretary, name, [1, 2, 3], caption)).Replies[^1];
        Assert.Contains("nộp cho việc nào?", first.Text, StringComparison.Ordinal);
        var offered = first.Choices.Select(c => c.Number).ToList();
        Assert.True(offered.Count(n => n > 0) < 4, string.Join(" | ", first.Choices.Select(c => c.Label)));

        var again = (await bot.SayAsync(secretary, between)).Replies.Last(r => r.Text.Contains("nộp cho việc nào?", StringComparison.Ordinal));

        Assert.Equal(offered.Where(n => n > 0), again.Choices.Select(c => c.Number).Where(n => n > 0));
    }
}
