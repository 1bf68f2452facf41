using QcdcBot.Bot.Conversation;

namespace QcdcBot.Tests.Conversation;

/// <summary>
/// A Word or PDF file added to a submission of photos is named by its kind and name, never "trang 1", and the reply
/// counts the submission by kind ("2 tệp: 1 ảnh, 1 tệp Word"). Today is Sunday 20/10/2024.
/// </summary>
public sealed class MixedFilesReceiptTests
{
    [Fact]
    public async Task A_word_file_added_to_a_photo_is_named_as_a_word_file()
    {
        await using var bot = await BotHarness.CreateAsync();
        var plan = await bot.AssignAsync("Kế hoạch kiểm tra giám sát năm 2025 trước ngày 15/11/2024");
        await bot.AssignAsync("Báo cáo sơ kết 6 tháng trước ngày 30/10/2024");
        var secretary = await bot.RegisterSecretaryAsync("NHNN");
        await bot.SendFileAsync(secretary, "IMG_1.jpg", [1, 2, 3], $"#{plan.Id}");

        var asked = await bot.SendFileAsync(secretary, "ke-hoach.docx", [4, 5, 6], $"#{plan.Id}");
        var added = (await bot.SayAsync(secretary, "1")).Text();

        Assert.Contains("thêm vào bài nộp đó", asked.Text(), StringComparison.Ordinal);
        Assert.Contains("tệp Word \"ke-hoach.docx\"", added, StringComparison.Ordinal);
        Assert.Contains("2 tệp: 1 ảnh, 1 tệp Word", added, StringComparison.Ordinal);
        Assert.DoesNotContain("trang", added, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_waiting_pdf_filed_beside_a_later_photo_is_not_called_its_first_page()
    {
        await using var bot = await BotHarness.CreateAsync();
        var plan = await bot.AssignAsync("Kế hoạch kiểm tra giám sát năm 2025 trước ngày 15/11/2024");
        await bot.AssignAsync("Báo cáo sơ kết 6 tháng trước ngày 30/10/2024");
        var secretary = await bot.RegisterSecretaryAsync("NHNN");
        await bot.SendFileAsync(secretary, "scan.pdf", [1, 2, 3]);
        bot.SetLocalTime(2024, 10, 20, 10, 2);
        var photo = await bot.SendFileAsync(secretary, "IMG_2.jpg", [4, 5, 6], $"#{plan.Id}");

        var filed = (await bot.SayAsync(secretary, Option(photo, plan.Title))).Text();

        Assert.DoesNotContain("trang 1", filed, StringComparison.Ordinal);
        Assert.Contains("tệp PDF \"scan.pdf\"", filed, StringComparison.Ordinal);
        Assert.Contains("2 tệp: 1 tệp PDF, 1 ảnh", filed, StringComparison.Ordinal);
    }

    private static string Option(TurnResult result, string title) =>
        result.Replies.Last(r => r.Choices.Count > 0).Choices.First(c => c.Label.Contains(title, StringComparison.Ordinal)).Number!.Value
            .ToString(System.Globalization.CultureInfo.InvariantCulture);
}
