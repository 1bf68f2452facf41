using QcdcBot.Storage.Submissions;

namespace QcdcBot.Tests.Conversation;

/// <summary>
/// A file without a caption is filed by its name only when the name clearly names one open deadline, and the reply
/// says what the name was read as; a name that fits one only loosely (another period) is asked about. Today is Sunday 20/10/2024.
/// </summary>
public sealed class FileNameReadingTests
{
    private static async Task<BotHarness> CreateAsync()
    {
        var bot = await BotHarness.CreateAsync();
        await bot.AssignAsync("Báo cáo 6 tháng đầu năm 2024 trước ngày 30/10/2024");
        await bot.AssignAsync("Kế hoạch kiểm tra giám sát năm 2025 trước ngày 15/11/2024");
        await bot.AssignAsync("Danh sách cán bộ phụ trách trước ngày 5/11/2024");
        return bot;
    }

    [Theory]
    [InlineData("bao cao thang 11.docx")]
    [InlineData("BC-thang-9.pdf")]
    [InlineData("Bao cao 9 thang.docx")]
    public async Task A_name_of_another_period_is_asked_about_not_filed(string name)
    {
        await using var bot = await CreateAsync();
        var secretary = await bot.RegisterSecretaryAsync("NHNN");

        var reply = (await bot.SendFileAsync(secretary, name, [7, 7, 7])).Text();

        Assert.Contains("nộp cho việc nào?", reply, StringComparison.Ordinal);
        Assert.Equal(0, await bot.CountAsync("submissions"));
    }

    [Theory]
    [InlineData("ke-hoach-kiem-tra-giam-sat.docx", "Kế hoạch kiểm tra giám sát năm 2025")]
    [InlineData("Danh sach can bo phu trach.pdf", "Danh sách cán bộ phụ trách")]
    public async Task A_name_that_names_one_deadline_is_filed_and_the_reply_says_it_was_read_from_the_name(string name, string title)
    {
        await using var bot = await CreateAsync();
        var secretary = await bot.RegisterSecretaryAsync("NHNN");

        var reply = (await bot.SendFileAsync(secretary, name, [7, 7, 7])).Text();

        Assert.Contains("Biên nhận", reply, StringComparison.Ordinal);
        Assert.Contains("theo tên tệp", reply, StringComparison.Ordinal);
        Assert.Contains(title, reply, StringComparison.Ordinal);
    }
}
