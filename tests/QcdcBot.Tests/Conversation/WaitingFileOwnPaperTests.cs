using QcdcBot.Storage.Submissions;

namespace QcdcBot.Tests.Conversation;

/// <summary>
/// While a file waits on "nộp cho việc nào?", a later file joins it only as a further page (no caption or a page
/// caption, a name that names nothing); one whose name names a paper is a hand-in of its own, filed or asked about
/// alone, and the waiting file is asked about again. Today is 20/10/2024.
/// </summary>
public sealed class WaitingFileOwnPaperTests
{
    [Theory]
    [InlineData("", "Bao cao so ket 6 thang.docx")]
    [InlineData("tk nam", "so-ket-6-thang-NHNN.pdf")]
    [InlineData("", "bc so ket 6 thang - NHNN.docx")]
    public async Task A_file_named_for_an_open_deadline_is_filed_alone_and_the_waiting_photo_is_asked_about_again(string firstCaption, string named)
    {
        await using var bot = await BotHarness.CreateAsync();
        var halfYear = await bot.AssignAsync("Báo cáo sơ kết 6 tháng trước ngày 30/10/2024");
        await bot.AssignAsync("Kế hoạch kiểm tra giám sát năm 2025 trước ngày 15/11/2024");
        await bot.AssignAsync("Danh sách cán bộ phụ trách trước ngày 5/11/2024");
        var secretary = await bot.RegisterSecretaryAsync("NHNN");
        var asked = (await bot.SendFileAsync(secretary, "IMG_20241020_0915.jpg", [1, 2, 3], firstCaption)).Text();
        Assert.Contains("nộp cho việc nào?", asked, StringComparison.Ordinal);

        var reply = (await bot.SendFileAsync(secretary, named, [4, 5, 6])).Text();

        Assert.DoesNotContain("Đã thêm", reply, StringComparison.Ordinal);
        Assert.Contains("Biên nhận", reply, StringComparison.Ordinal);
        var again = reply[reply.IndexOf("Biên nhận", StringComparison.Ordinal)..];
        Assert.Contains("ảnh \"IMG_20241020_0915.jpg\" gửi lúc trước vẫn đang chờ", again, StringComparison.Ordinal);
        Assert.Contains("nộp cho việc nào?", reply, StringComparison.Ordinal);
        var filed = (await bot.Get<SubmissionStore>().LatestAsync((await bot.UnitAsync("NHNN")).Id, halfYear.Id))!;
        Assert.Equal([named], filed.Files.Select(f => f.OriginalName));
    }

    [Theory]
    [InlineData("bao cao thang 11.docx")]
    [InlineData("ke hoach 2026.docx")]
    public async Task A_file_named_for_another_paper_is_asked_about_alone_and_the_waiting_photo_keeps_waiting(string named)
    {
        await using var bot = await BotHarness.CreateAsync();
        await bot.AssignAsync("Báo cáo sơ kết 6 tháng trước ngày 30/10/2024");
        await bot.AssignAsync("Kế hoạch kiểm tra giám sát năm 2025 trước ngày 15/11/2024");
        var secretary = await bot.RegisterSecretaryAsync("NHNN");
        await bot.SendFileAsync(secretary, "IMG_0411.jpg", [1, 2, 3]);

        var reply = (await bot.SendFileAsync(secretary, named, [4, 5, 6])).Text();

        Assert.DoesNotContain("Đã thêm", reply, StringComparison.Ordinal);
        Assert.Contains($"\"{named}\"", reply, StringComparison.Ordinal);
        Assert.Contains("ảnh \"IMG_0411.jpg\" gửi lúc trước vẫn được giữ", reply, StringComparison.Ordinal);

        // Answering the new question files only the new file; the photo is asked about after it, on its own.
        var answered = (await bot.SayAsync(secretary, "0")).Text();
        Assert.Contains("ảnh \"IMG_0411.jpg\" gửi lúc trước vẫn đang chờ", answered, StringComparison.Ordinal);
        Assert.Equal(0, await bot.CountAsync("submissions"));
    }

    [Fact]
    public async Task A_second_camera_photo_without_a_caption_still_joins_the_waiting_one()
    {
        await using var bot = await BotHarness.CreateAsync();
        await bot.AssignAsync("Báo cáo sơ kết 6 tháng trước ngày 30/10/2024");
        await bot.AssignAsync("Kế hoạch kiểm tra giám sát năm 2025 trước ngày 15/11/2024");
        var secretary = await bot.RegisterSecretaryAsync("NHNN");
        await bot.SendFileAsync(secretary, "IMG_0411.jpg", [1, 2, 3]);

        var page = (await bot.SendFileAsync(secretary, "IMG_0412.jpg", [4, 5, 6])).Text();

        Assert.Contains("Đã thêm", page, StringComparison.Ordinal);
    }
}
