namespace QcdcBot.Tests.Conversation;

/// <summary>
/// "xin lùi hạn tk năm 1 tuần" and "xin lùi hạn 1 tuần tk năm": the length and the deadline's name are read in either
/// order, and neither ends up as the reason the office reads.
/// </summary>
public sealed class ExtensionLengthAnyOrderTests
{
    [Theory]
    [InlineData("xin lùi hạn tk nam 1 tuần", "tk", "2/12/2024")]
    [InlineData("xin lui han bc tu kiem tra 1 tuan", "kt", "7/12/2024")]
    [InlineData("xin lùi hạn 1 tuần bc tu kiem tra", "kt", "7/12/2024")]
    [InlineData("em xin gia hạn báo cáo tổng kết năm thêm 10 ngày", "tk", "5/12/2024")]
    [InlineData("xin lui han bc tu kiem tra 2 tuần vì chờ họp chi bộ", "kt", "14/12/2024")]
    public async Task The_length_is_read_wherever_the_deadline_name_stands_and_never_becomes_the_reason(string request, string which, string expected)
    {
        await using var bot = await BotHarness.CreateAsync();
        var yearly = await bot.AssignAsync("Báo cáo tổng kết năm 2024 trước ngày 25/11/2024 cho CTK");
        var review = await bot.AssignAsync("Báo cáo tự kiểm tra giám sát trước ngày 30/11/2024 cho CTK");
        var secretary = await bot.RegisterSecretaryAsync("CTK");

        var reply = await bot.SayAsync(secretary, request);

        var meant = which == "tk" ? yearly : review;
        Assert.Contains($"\"{meant.Title}\" đến", reply.Text(), StringComparison.Ordinal);
        Assert.Contains(expected, reply.Text(), StringComparison.Ordinal);
        var toOffice = reply.Proactive[0].Message.Text;
        var reason = toOffice[(toOffice.IndexOf("Lý do:", StringComparison.Ordinal) + 6)..].Split('\n')[0];
        Assert.DoesNotContain("tuan", reason, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("tuần", reason, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("ngày", reason, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("kiem", reason, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(1, await bot.CountAsync("extension_requests"));
    }
}
