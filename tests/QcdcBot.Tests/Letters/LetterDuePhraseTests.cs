using System.Text;
using QcdcBot.Bot.Letters;
using QcdcBot.Tests.Conversation;

namespace QcdcBot.Tests.Letters;

/// <summary>
/// Due phrases of clerk round 9 that were lost without a word or left out with the wrong reason: each is read, or named
/// under "Bỏ qua" with the real reason. Read on Tuesday 1/12/2026.
/// </summary>
public sealed class LetterDuePhraseTests
{
    private static readonly DateTimeOffset Today = new(2026, 12, 1, 2, 0, 0, TimeSpan.Zero);

    private const string ToGrassroots = "ĐẢNG ỦY KHỐI CƠ QUAN VÀ DOANH NGHIỆP TỈNH YÊN BÁI\nSố 291-CV/ĐUK\nYên Bái, ngày 30 tháng 11 năm 2026\n\nKính gửi: Các chi, đảng bộ cơ sở.\n\n";

    private static async Task<LetterDraft> DraftOfAsync(string body)
    {
        await using var bot = await BotHarness.CreateAsync(Today);
        return await ProposalHarness.ProposeAsync(bot, "cv.txt", Encoding.UTF8.GetBytes(ToGrassroots + body));
    }

    [Theory]
    [InlineData("Đến ngày 15/12/2026 các đơn vị phải hoàn thành và gửi báo cáo tổng kết công tác đảng.", 15, "Báo cáo tổng kết công tác đảng")]
    [InlineData("2. Đến ngày 16/12/2026, các chi bộ nộp danh sách đảng viên dự bị.", 16, "Danh sách đảng viên dự bị")]
    [InlineData("Ngày 23/12/2026 là hạn cuối nộp báo cáo tổng kết phong trào thi đua.", 23, "Báo cáo tổng kết phong trào thi đua")]
    [InlineData("Các đơn vị gửi bản đăng ký thi đua năm 2027 chậm nhất đến ngày 18 / 12 / 2026.", 18, "Đăng ký thi đua năm 2027")]
    [InlineData("Các đơn vị gửi báo cáo nhanh tình hình an ninh trước 8 giờ 30 phút sáng ngày 14/12/2026.", 14, "Báo cáo nhanh tình hình an ninh")]
    public async Task A_due_date_written_before_its_work_or_after_den_or_an_hour_of_the_morning_is_read(string body, int day, string title)
    {
        var draft = await DraftOfAsync(body);

        var item = Assert.Single(draft.Items);
        Assert.Equal(new DateOnly(2026, 12, day), item.Due);
        Assert.StartsWith(title, item.Title, StringComparison.Ordinal);
        Assert.Empty(draft.Skipped);
    }

    [Fact]
    public async Task An_hour_in_the_morning_or_afternoon_goes_into_the_proposal()
    {
        await using var bot = await BotHarness.CreateAsync(Today);

        var reply = (await bot.SayAsync(BotHarness.Admin, "/congvan " + ToGrassroots + "Các đơn vị gửi báo cáo nhanh trước 8 giờ 30 phút sáng ngày 14/12/2026.\nCác đơn vị gửi báo cáo B trước 2 giờ chiều ngày 15/12/2026.")).Text();

        Assert.Contains("14/12/2026, 8:30", reply, StringComparison.Ordinal);
        Assert.Contains("15/12/2026, 14:00", reply, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Các đơn vị gửi báo cáo thu chi trước ngày l5/12/2026.", "l5/12/2026", "gõ nhầm", "15/12/2026")]
    [InlineData("Các đơn vị gửi báo cáo chậm nhất trong tuần đầu tháng 01/2027.", "tuần đầu tháng 01/2027", "không có ngày cụ thể", "/giao")]
    [InlineData("Các đơn vị gửi báo cáo sơ kết, hạn nộp: cuối tháng 12/2026.", "cuối tháng 12/2026", "không có ngày cụ thể", "/giao")]
    [InlineData("TT\tNội dung\tThời hạn\n1\tBáo cáo A\tTuần 2 tháng 12/2026\n", "Tuần 2 tháng 12/2026", "không có ngày cụ thể", "/giao")]
    [InlineData("Các đơn vị nộp báo cáo tình hình tư tưởng trước Tết Nguyên đán.", "trước Tết Nguyên đán", "âm lịch", "/giao")]
    public async Task A_due_phrase_without_a_day_to_read_is_named_under_bo_qua_with_why(string body, string written, string why, string hint)
    {
        var draft = await DraftOfAsync(body);

        Assert.Empty(draft.Items);
        var skipped = Assert.Single(draft.Skipped);
        Assert.Contains($"{written}\": ", skipped, StringComparison.Ordinal);
        Assert.Contains(why, skipped, StringComparison.Ordinal);
        Assert.Contains(hint, skipped, StringComparison.Ordinal);
        Assert.DoesNotContain("không có \"trước\"", skipped, StringComparison.Ordinal);
    }
}
