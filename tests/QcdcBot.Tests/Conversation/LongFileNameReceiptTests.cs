using QcdcBot.Bot.Conversation.Submissions;

namespace QcdcBot.Tests.Conversation;

/// <summary>Long file names lose their middle, not their end: "… phần 1 / phần 2 / phần 3 - bản chính thức" stay told apart.</summary>
public sealed class LongFileNameReceiptTests
{
    private const string Start = "Báo cáo kết quả thực hiện Kết luận số 12-KL-TW của Bộ Chính trị về tiếp tục đổi mới, nâng cao chất lượng công tác dân vận của Đảng bộ Kho bạc Nhà nước tỉnh Yên Bái";

    [Theory]
    [InlineData(" - phần {0} - bản chính thức.pdf")]
    [InlineData("_tap_{0}_ky_so.docx")]
    public void Names_that_differ_only_at_the_end_stay_different_and_short(string end)
    {
        var names = Enumerable.Range(1, 3).Select(n => FileNames.Safe(Start + string.Format(System.Globalization.CultureInfo.InvariantCulture, end, n))).ToList();

        Assert.Equal(3, names.Distinct(StringComparer.Ordinal).Count());
        Assert.All(names, n => Assert.InRange(n.Length, 1, 120));
        Assert.All(names, n => Assert.StartsWith("Báo cáo kết quả", n, StringComparison.Ordinal));
        Assert.All(names, n => Assert.Contains("…", n, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_receipt_for_three_long_named_parts_names_each_part()
    {
        await using var bot = await BotHarness.CreateAsync();
        var deadline = await bot.AssignAsync("Báo cáo kết quả thực hiện Kết luận 12 trước ngày 25/10/2024 cho NHNN, CTK");
        var secretary = await bot.RegisterSecretaryAsync("NHNN");
        var files = Enumerable.Range(1, 3).Select(n => new FakeFile($"{Start} - phần {n} - bản chính thức.pdf", [(byte)n, 2, 3])).ToList();

        var receipt = (await bot.SendFilesAsync(secretary, files, $"#{deadline.Id}")).Text();

        Assert.Contains("phần 1 - bản chính thức.pdf", receipt, StringComparison.Ordinal);
        Assert.Contains("phần 2 - bản chính thức.pdf", receipt, StringComparison.Ordinal);
        Assert.Contains("phần 3 - bản chính thức.pdf", receipt, StringComparison.Ordinal);
    }
}
