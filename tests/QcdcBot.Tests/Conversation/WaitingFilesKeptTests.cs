using QcdcBot.Bot.Conversation;
using QcdcBot.Storage.Submissions;

namespace QcdcBot.Tests.Conversation;

/// <summary>Every file waiting for "which deadline?" stays waiting, however many things interrupt it, until filed or dropped.</summary>
public sealed class WaitingFilesKeptTests
{
    [Fact]
    public async Task Files_kept_aside_twice_are_all_kept_and_asked_about_again_together_until_filed()
    {
        await using var bot = await BotHarness.CreateAsync();
        var plan = await bot.AssignAsync("Kế hoạch QCDC trước ngày 30/11/2024");
        await bot.AssignAsync("Báo cáo tự kiểm tra trước ngày 25/11/2024");
        var ended = await bot.AssignAsync("Báo cáo chuyên đề dân vận trước ngày 28/11/2024");
        await bot.SayConfirmedAsync(BotHarness.Admin, $"/donghan #{ended.Id}");
        var secretary = await bot.RegisterSecretaryAsync("LHHKHKT");

        await bot.SendFileAsync(secretary, "to-trinh.docx", [1, 2]);
        var closedPhoto = await bot.SendFileAsync(secretary, "anh-bo-sung.jpg", [3, 4], $"#{ended.Id} bổ sung");
        var status = await bot.SayAsync(secretary, "bên em đang làm ạ");
        var dropped = await bot.SayAsync(secretary, "0");
        var listed = await bot.SayAsync(secretary, "/viec");
        var filed = await bot.SayAsync(secretary, Option(listed, plan.Title));

        Assert.Contains("đã đóng", closedPhoto.Text(), StringComparison.Ordinal);
        Assert.Contains("tệp \"to-trinh.docx\" gửi lúc trước vẫn được giữ", closedPhoto.Text(), StringComparison.Ordinal);
        Assert.Contains("tệp \"to-trinh.docx\" và ảnh \"anh-bo-sung.jpg\" gửi lúc trước vẫn được giữ", status.Text(), StringComparison.Ordinal);
        Assert.Contains("tệp \"to-trinh.docx\" và ảnh \"anh-bo-sung.jpg\" gửi lúc trước vẫn đang chờ", dropped.Text(), StringComparison.Ordinal);
        Assert.Contains("tệp \"to-trinh.docx\" và ảnh \"anh-bo-sung.jpg\" gửi lúc trước vẫn đang chờ", listed.Text(), StringComparison.Ordinal);
        Assert.Contains("Biên nhận", filed.Text(), StringComparison.Ordinal);
        var unit = await bot.UnitAsync("LHHKHKT");
        var files = (await bot.Get<SubmissionStore>().LatestAsync(unit.Id, plan.Id))!.Files;
        Assert.Equal(["to-trinh.docx", "anh-bo-sung.jpg"], files.Select(f => f.OriginalName));
    }

    [Fact]
    public async Task A_photo_whose_caption_names_a_closed_deadline_is_not_a_page_of_the_files_waiting()
    {
        await using var bot = await BotHarness.CreateAsync();
        await bot.AssignAsync("Kế hoạch QCDC trước ngày 30/11/2024");
        await bot.AssignAsync("Báo cáo tự kiểm tra trước ngày 25/11/2024");
        var ended = await bot.AssignAsync("Báo cáo chuyên đề dân vận trước ngày 28/11/2024");
        await bot.SayConfirmedAsync(BotHarness.Admin, $"/donghan #{ended.Id}");
        var secretary = await bot.RegisterSecretaryAsync("NHNN");

        await bot.SendFileAsync(secretary, "IMG_0107.jpg", [5, 6]);
        var named = await bot.SendFileAsync(secretary, "IMG_0108.jpg", [7, 8], "nộp thêm bc chuyên đề dân vận");

        Assert.DoesNotContain("Đã thêm", named.Text(), StringComparison.Ordinal);
        Assert.Contains($"#{ended.Id} \"Báo cáo chuyên đề dân vận\" đã đóng", named.Text(), StringComparison.Ordinal);
        Assert.Contains("ảnh \"IMG_0107.jpg\" gửi lúc trước vẫn được giữ", named.Text(), StringComparison.Ordinal);
    }

    private static string Option(TurnResult result, string title) =>
        result.Replies.Last(r => r.Choices.Count > 0).Choices.First(c => c.Label.Contains(title, StringComparison.Ordinal)).Number!.Value
            .ToString(System.Globalization.CultureInfo.InvariantCulture);
}
