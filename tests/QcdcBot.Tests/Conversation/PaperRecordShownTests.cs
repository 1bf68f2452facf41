using QcdcBot.Bot.Web.Upload;
using QcdcBot.Storage.Submissions;

namespace QcdcBot.Tests.Conversation;

/// <summary>A paper record the office entered is shown to the unit as the office's record, never as a file it handed in through the bot.</summary>
public sealed class PaperRecordShownTests
{
    [Theory]
    [InlineData("/ghinhan {0} #{1} văn thư nhận hôm qua")]
    [InlineData("/ghinhan {0} {1} ban giay")]
    public async Task Viec_and_the_upload_page_say_a_paper_record_is_the_office_s(string command)
    {
        var (tasks, page) = await RecordedAndShownAsync(command);

        Assert.Contains("(bản giấy, văn phòng ghi nhận)", tasks, StringComparison.Ordinal);
        Assert.Contains("(bản giấy, văn phòng ghi nhận)", page, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/ghinhan {0} #{1} nhận qua email ngày 20/10", "qua email, văn phòng ghi nhận")]
    [InlineData("/ghinhan {0} {1} đơn vị gửi qua hộp thư điện tử", "qua email, văn phòng ghi nhận")]
    [InlineData("/ghinhan {0} #{1} nhan qua ioffice", "qua iOffice, văn phòng ghi nhận")]
    public async Task Viec_and_the_upload_page_name_the_way_the_office_received_it(string command, string way)
    {
        var (tasks, page) = await RecordedAndShownAsync(command);

        Assert.Contains($"({way})", tasks, StringComparison.Ordinal);
        Assert.Contains($"({way})", page, StringComparison.Ordinal);
        Assert.DoesNotContain("bản giấy", tasks, StringComparison.Ordinal);
    }

    /// <summary>The admin records XDGT's submission with <paramref name="command"/>; then its /viec and its upload page.</summary>
    private static async Task<(string Tasks, string Page)> RecordedAndShownAsync(string command)
    {
        await using var bot = await BotHarness.CreateAsync();
        var deadline = await bot.AssignAsync("Báo cáo sơ kết công tác dân vận trước ngày 31/10/2024");
        var secretary = await bot.RegisterSecretaryAsync("XDGT");
        await bot.SayConfirmedAsync(BotHarness.Admin, string.Format(System.Globalization.CultureInfo.InvariantCulture, command, "XDGT", deadline.Id));

        var tasks = (await bot.SayAsync(secretary, "/viec")).Text();
        var unit = await bot.UnitAsync("XDGT");
        var record = await bot.Get<SubmissionStore>().LatestAsync(unit.Id, deadline.Id);
        var page = UploadPageHtml.Page(new UploadPageModel(unit.Name, deadline.Id, deadline.Title, deadline.DueDate, new DateOnly(2024, 10, 20), [record!], "21:00",
            string.Empty, string.Empty, [".docx"], 1_000_000, 5, null), []);
        return (tasks, page);
    }
}

/// <summary>A file of another kind right after the member's own upload (a photo after a Word file, a PDF after photos) is asked about, as after a colleague's.</summary>
public sealed class OwnOtherKindPageTests
{
    private static byte[] Bytes(byte seed) => Enumerable.Range(0, 600).Select(i => (byte)(i * 11 + seed)).ToArray();

    [Theory]
    [InlineData("ke-hoach.docx", "IMG_0201.jpg")]
    [InlineData("IMG_0301.jpg", "bao-cao-day-du.pdf")]
    public async Task Another_kind_of_file_after_the_members_own_upload_is_asked_about_not_joined(string first, string second)
    {
        await using var bot = await BotHarness.CreateAsync();
        await bot.AssignAsync("Báo cáo tự kiểm tra QCDC trước ngày 25/10/2024");
        var secretary = await bot.RegisterSecretaryAsync("TTRA");
        await bot.SendFileAsync(secretary, first, Bytes(1));
        bot.Time.Advance(TimeSpan.FromMinutes(2));

        var asked = (await bot.SendFileAsync(secretary, second, Bytes(2))).Text();

        Assert.Contains("Bạn đã nộp", asked, StringComparison.Ordinal);
        Assert.Contains("thêm vào bài nộp đó như trang tiếp theo, hay nộp làm bản mới", asked, StringComparison.Ordinal);
        Assert.Equal(1, await bot.CountAsync("submission_files"));
    }
}

/// <summary>
/// A file the office received outside the bot and entered for the unit (a file with "/ghinhan" as its caption) is
/// shown to the unit as a file the office entered, never as paper (office15 finding 7).
/// </summary>
public sealed class OfficeEnteredFileShownTests
{
    [Theory]
    [InlineData("/ghinhan {0} #{1} nhận ngày 20/10")]
    [InlineData("/ghinhan {0} #{1}")]
    [InlineData("ghinhan {0} {1} nhan hom qua")]
    public async Task Viec_says_a_file_the_office_entered_is_a_file_the_office_entered_not_paper(string caption)
    {
        await using var bot = await BotHarness.CreateAsync();
        var deadline = await bot.AssignAsync("Báo cáo sơ kết công tác dân vận trước ngày 31/10/2024");
        var secretary = await bot.RegisterSecretaryAsync("XDGT");
        var recorded = await bot.SendFileAsync(BotHarness.Admin, "bc_email_XDGT.docx", [4, 5, 6],
            string.Format(System.Globalization.CultureInfo.InvariantCulture, caption, "XDGT", deadline.Id));
        if (recorded.Replies.Count > 0 && recorded.Last().Choices is [_, { Label: "Không" }])
        {
            await bot.SayAsync(BotHarness.Admin, "1");
        }

        var tasks = (await bot.SayAsync(secretary, "/viec")).Text();

        Assert.Contains("(tệp văn phòng nhận ngoài bot và nhập thay đơn vị)", tasks, StringComparison.Ordinal);
        Assert.DoesNotContain("bản giấy", tasks, StringComparison.Ordinal);
    }
}
