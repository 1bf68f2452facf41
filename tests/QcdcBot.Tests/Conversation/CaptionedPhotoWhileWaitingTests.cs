using QcdcBot.Storage.Submissions;

namespace QcdcBot.Tests.Conversation;

/// <summary>
/// While files wait for "which deadline?", a photo whose caption names an open deadline ("ảnh bc 6 tháng trang 4") is
/// filed under that deadline on its own; the files waiting keep waiting, never filed with it. Today is Sunday 20/10/2024.
/// </summary>
public sealed class CaptionedPhotoWhileWaitingTests
{
    [Theory]
    [InlineData("ảnh sơ kết 6 tháng trang 2")]
    [InlineData("so ket 6 thang tr.4")]
    [InlineData("anh bc so ket 6 thang nhe")]
    public async Task The_named_photo_is_filed_alone_and_the_waiting_file_is_asked_about_again(string caption)
    {
        await using var bot = await BotHarness.CreateAsync();
        var halfYear = await bot.AssignAsync("Báo cáo sơ kết 6 tháng trước ngày 30/10/2024");
        await bot.AssignAsync("Kế hoạch kiểm tra giám sát năm 2025 trước ngày 15/11/2024");
        await bot.AssignAsync("Danh sách cán bộ phụ trách trước ngày 5/11/2024");
        var secretary = await bot.RegisterSecretaryAsync("NHNN");
        var asked = await bot.SendFileAsync(secretary, "to-trinh.docx", [1, 2, 3]);
        Assert.Contains("nộp cho việc nào?", asked.Text(), StringComparison.Ordinal);

        var photo = (await bot.SendFileAsync(secretary, "IMG_0412.jpg", [4, 5, 6], caption)).Text();

        Assert.DoesNotContain("Đã thêm", photo, StringComparison.Ordinal);
        Assert.Contains("Biên nhận", photo, StringComparison.Ordinal);
        Assert.Contains("tệp \"to-trinh.docx\" gửi lúc trước vẫn đang chờ", photo, StringComparison.Ordinal);
        var filed = (await bot.Get<SubmissionStore>().LatestAsync((await bot.UnitAsync("NHNN")).Id, halfYear.Id))!;
        Assert.Equal(["IMG_0412.jpg"], filed.Files.Select(f => f.OriginalName));
    }

    [Fact]
    public async Task A_photo_with_only_a_page_number_still_joins_the_files_waiting()
    {
        await using var bot = await BotHarness.CreateAsync();
        await bot.AssignAsync("Báo cáo sơ kết 6 tháng trước ngày 30/10/2024");
        await bot.AssignAsync("Kế hoạch kiểm tra giám sát năm 2025 trước ngày 15/11/2024");
        var secretary = await bot.RegisterSecretaryAsync("NHNN");
        await bot.SendFileAsync(secretary, "IMG_0411.jpg", [1, 2, 3]);

        var page = (await bot.SendFileAsync(secretary, "IMG_0412.jpg", [4, 5, 6], "trang 2")).Text();

        Assert.Contains("Đã thêm", page, StringComparison.Ordinal);
        Assert.Equal(0, await bot.CountAsync("submissions"));
    }
}
