namespace QcdcBot.Tests.Conversation;

/// <summary>
/// A photo without caption that joins the unit's upload of a moment ago as its next page is not said to be read
/// "theo tên tệp" when its name ("p3") names nothing (office15 finding 17).
/// </summary>
public sealed class PageByNameReasonTests
{
    private static byte[] Photo(byte seed) => Enumerable.Range(0, 300).Select(i => (byte)(i * 13 + seed)).ToArray();

    [Theory]
    [InlineData("p3.jpg")]
    [InlineData("anh 3.jpg")]
    public async Task A_page_joined_by_the_page_window_gives_no_file_name_reason(string third)
    {
        await using var bot = await BotHarness.CreateAsync();
        await bot.AssignAsync("Kế hoạch tuyên truyền trước ngày 30/11/2024");
        var report = await bot.AssignAsync("Báo cáo tự kiểm tra chuyên đề trước ngày 25/11/2024");
        var secretary = await bot.RegisterSecretaryAsync("NHNN");
        Assert.Contains("Biên nhận", (await bot.SendFileAsync(secretary, "p1.jpg", Photo(1), "bc tu kiem tra chuyen de")).Text(), StringComparison.Ordinal);
        bot.Time.Advance(TimeSpan.FromMinutes(1));
        await bot.SendFileAsync(secretary, "p2.jpg", Photo(2), "trang 2");
        bot.Time.Advance(TimeSpan.FromMinutes(1));

        var reply = (await bot.SendFileAsync(secretary, third, Photo(3))).Text();

        Assert.Contains($"#{report.Id}", reply, StringComparison.Ordinal);
        Assert.DoesNotContain("theo tên tệp", reply, StringComparison.Ordinal);
        Assert.Equal(1, await bot.CountAsync("submissions"));
    }
}
