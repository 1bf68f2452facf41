using QcdcBot.Storage.Submissions;

namespace QcdcBot.Tests.Conversation;

/// <summary>
/// Which files join files waiting for "nộp cho việc nào?": an uncaptioned photo (or one captioned only with its page)
/// joins them; one captioned as another kind of paper ("tờ trình" after "kế hoạch") is a paper of its own, asked about
/// on its own, and is never filed with them. The question asked again names every file waiting, not only a count.
/// </summary>
public sealed class OtherPaperJoinTests
{
    [Theory]
    [InlineData("to trinh")]
    [InlineData("tờ trình xin ý kiến")]
    [InlineData("bien ban hop chi bo")]
    public async Task A_photo_captioned_as_another_paper_does_not_join_the_waiting_plan_and_is_asked_about_on_its_own(string caption)
    {
        await using var bot = await BotHarness.CreateAsync();
        var plan = await bot.AssignAsync("Kế hoạch thực hiện QCDC năm 2024 trước ngày 29/11/2024 cho SYT");
        await bot.AssignAsync("Tổng kết năm 2024 trước ngày 15/12/2024 cho SYT");
        await bot.AssignAsync("Xây dựng kế hoạch tuyên truyền trước ngày 10/12/2024 cho SYT");
        var secretary = await bot.RegisterSecretaryAsync("SYT");

        await bot.SendFileAsync(secretary, "kh2027.docx", [1], "ke hoach");
        var page = await bot.SendFileAsync(secretary, "p1.jpg", [2]);
        var other = await bot.SendFileAsync(secretary, "p2.jpg", [3], caption);
        var listed = await bot.SayAsync(secretary, "/viec");
        var declined = await bot.SayAsync(secretary, "0");
        var filed = await bot.SayAsync(secretary, plan.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));

        Assert.Contains("Đã thêm ảnh \"p1.jpg\"; đang chờ tệp \"kh2027.docx\" và ảnh \"p1.jpg\"", page.Text(), StringComparison.Ordinal);
        Assert.DoesNotContain("Đã thêm", other.Text(), StringComparison.Ordinal);
        Assert.True(other.Text().Contains("Ảnh này nộp cho việc nào?", StringComparison.Ordinal), other.Text());
        Assert.Contains("ảnh \"p2.jpg\" gửi lúc trước vẫn đang chờ", listed.Text(), StringComparison.Ordinal);
        Assert.DoesNotContain("kh2027.docx\" và 2 ảnh", listed.Text(), StringComparison.Ordinal);
        Assert.Contains("tệp \"kh2027.docx\" và ảnh \"p1.jpg\" gửi lúc trước vẫn đang chờ", declined.Text(), StringComparison.Ordinal);
        Assert.Contains("Biên nhận", filed.Text(), StringComparison.Ordinal);
        var unit = await bot.UnitAsync("SYT");
        var files = (await bot.Get<SubmissionStore>().LatestAsync(unit.Id, plan.Id))!.Files;
        Assert.Equal(["kh2027.docx", "p1.jpg"], files.Select(f => f.OriginalName));
    }

    [Theory]
    [InlineData("")]
    [InlineData("trang 2")]
    [InlineData("anh chup")]
    public async Task A_photo_without_a_caption_or_with_the_same_kind_of_paper_joins_the_waiting_files(string caption)
    {
        await using var bot = await BotHarness.CreateAsync();
        await bot.AssignAsync("Kế hoạch thực hiện QCDC năm 2024 trước ngày 29/11/2024 cho SYT");
        await bot.AssignAsync("Tổng kết năm 2024 trước ngày 15/12/2024 cho SYT");
        await bot.AssignAsync("Xây dựng kế hoạch tuyên truyền trước ngày 10/12/2024 cho SYT");
        var secretary = await bot.RegisterSecretaryAsync("SYT");

        await bot.SendFileAsync(secretary, "kh2027.docx", [1], "ke hoach");
        var page = await bot.SendFileAsync(secretary, "p2.jpg", [2], caption);

        Assert.Contains("Đã thêm ảnh \"p2.jpg\"; đang chờ tệp \"kh2027.docx\" và ảnh \"p2.jpg\"", page.Text(), StringComparison.Ordinal);
    }
}
