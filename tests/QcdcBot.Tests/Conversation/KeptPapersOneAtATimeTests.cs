using QcdcBot.Storage.Submissions;

namespace QcdcBot.Tests.Conversation;

/// <summary>
/// Files kept aside keep what their captions said: papers named as different ones (a tổng kết report, a quý report, a
/// page of a sơ kết) are asked about one paper at a time, each question naming its caption, so one answer never files
/// several papers as one. Today is 20/10/2024.
/// </summary>
public sealed class KeptPapersOneAtATimeTests
{
    [Fact]
    public async Task Three_files_captioned_as_three_papers_are_asked_about_one_at_a_time_after_a_look()
    {
        await using var bot = await BotHarness.CreateAsync();
        var plan = await bot.AssignAsync("Kế hoạch kiểm tra giám sát năm 2025 trước ngày 15/11/2024");
        await bot.AssignAsync("Danh sách cán bộ phụ trách trước ngày 5/11/2024");
        var secretary = await bot.RegisterSecretaryAsync("NHNN");
        Assert.Contains("nộp cho việc nào?", (await bot.SendFileAsync(secretary, "bc.docx", [1, 2, 3], "bao cao tong ket nam 2024")).Text(), StringComparison.Ordinal);
        var quarter = (await bot.SendFileAsync(secretary, "p4.png", [4, 5, 6], "bao cao quy III")).Text();
        Assert.DoesNotContain("Đã thêm", quarter, StringComparison.Ordinal);
        await bot.SendFileAsync(secretary, "IMG_0101.png", [7, 8, 9], "bc so ket 6 thang trang 1");

        var looked = (await bot.SayAsync(secretary, "/viec")).Text();

        var asked = looked[looked.IndexOf("Lưu ý", StringComparison.Ordinal)..];
        Assert.Contains("ảnh \"IMG_0101.png\" gửi lúc trước vẫn đang chờ, chưa nộp (chú thích: \"bc so ket 6 thang trang 1\")", asked, StringComparison.Ordinal);
        Assert.DoesNotContain("p4.png", asked, StringComparison.Ordinal);
        Assert.DoesNotContain("bc.docx", asked, StringComparison.Ordinal);

        // One answer files the one paper asked about; the next kept paper is asked about on its own, with its caption.
        var next = (await bot.SayAsync(secretary, $"#{plan.Id}")).Text();
        var filed = (await bot.Get<SubmissionStore>().LatestAsync((await bot.UnitAsync("NHNN")).Id, plan.Id))!;
        Assert.Equal(["IMG_0101.png"], filed.Files.Select(f => f.OriginalName));
        Assert.Contains("tệp \"bc.docx\" gửi lúc trước vẫn đang chờ, chưa nộp (chú thích: \"bao cao tong ket nam 2024\")", next, StringComparison.Ordinal);
        Assert.DoesNotContain("p4.png", next, StringComparison.Ordinal);

        var last = (await bot.SayAsync(secretary, "0")).Text();
        Assert.Contains("ảnh \"p4.png\" gửi lúc trước vẫn đang chờ, chưa nộp (chú thích: \"bao cao quy III\")", last, StringComparison.Ordinal);
        Assert.Equal(1, await bot.CountAsync("submissions"));
    }

    [Theory]
    [InlineData("bao cao tong ket nam 2024", "bao cao quy III")]
    [InlineData("bc so ket 6 thang", "bc thang 10")]
    public async Task A_second_caption_naming_another_paper_of_the_same_kind_is_not_joined_as_a_page(string first, string second)
    {
        await using var bot = await BotHarness.CreateAsync();
        await bot.AssignAsync("Kế hoạch kiểm tra giám sát năm 2025 trước ngày 15/11/2024");
        await bot.AssignAsync("Danh sách cán bộ phụ trách trước ngày 5/11/2024");
        var secretary = await bot.RegisterSecretaryAsync("NHNN");
        await bot.SendFileAsync(secretary, "a.jpg", [1, 2, 3], first);

        var reply = (await bot.SendFileAsync(secretary, "b.jpg", [4, 5, 6], second)).Text();

        Assert.DoesNotContain("Đã thêm", reply, StringComparison.Ordinal);
        Assert.Contains("ảnh \"a.jpg\" gửi lúc trước vẫn được giữ", reply, StringComparison.Ordinal);
        var answered = (await bot.SayAsync(secretary, "0")).Text();
        Assert.Contains($"ảnh \"a.jpg\" gửi lúc trước vẫn đang chờ, chưa nộp (chú thích: \"{first}\")", answered, StringComparison.Ordinal);
        Assert.DoesNotContain("b.jpg", answered, StringComparison.Ordinal);
    }
}
