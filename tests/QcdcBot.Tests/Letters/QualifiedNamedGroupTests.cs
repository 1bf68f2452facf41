using System.Text;
using QcdcBot.Storage.Deadlines;
using QcdcBot.Tests.Conversation;

namespace QcdcBot.Tests.Letters;

/// <summary>
/// A qualified group whose words name a group of their own ("Các chi, đảng bộ cơ sở chưa thực hiện …", "Các đoàn thể
/// khối chưa nộp …"): the qualifier wins, so the item's units are not matched yet, never the whole group.
/// </summary>
public sealed class QualifiedNamedGroupTests
{
    private static readonly DateTimeOffset Today = new(2026, 12, 1, 2, 0, 0, TimeSpan.Zero);

    private const string ToGrassroots = "ĐẢNG ỦY KHỐI CƠ QUAN VÀ DOANH NGHIỆP TỈNH YÊN BÁI\nSố 305-CV/ĐUK\nYên Bái, ngày 30 tháng 11 năm 2026\n\nKính gửi: Các chi, đảng bộ cơ sở.\n\n";

    [Theory]
    [InlineData("Các chi, đảng bộ cơ sở chưa thực hiện gửi báo cáo khắc phục trước ngày 18/12/2026.", "Các chi, đảng bộ cơ sở chưa thực hiện")]
    [InlineData("Các chi bộ đã được kiểm tra năm 2025 nộp báo cáo kết quả khắc phục trước ngày 18/12/2026.", "Các chi bộ đã được kiểm tra năm 2025")]
    [InlineData("Cac doan the khoi chua nop gui danh sach doan vien truoc ngay 18/12/2026.", "Cac doan the khoi chua nop")]
    public async Task The_qualifier_wins_over_the_group_its_words_name(string body, string named)
    {
        await using var bot = await BotHarness.CreateAsync(Today);

        var item = Assert.Single((await ProposalHarness.ProposeAsync(bot, "cv.txt", Encoding.UTF8.GetBytes(ToGrassroots + body))).Items);
        var proposal = (await bot.SayAsync(BotHarness.Admin, "/congvan " + ToGrassroots + body)).Text();

        Assert.Equal(DeadlineScope.Units, item.Scope);
        Assert.Empty(item.UnitIds);
        Assert.Equal([named], item.Unmatched);
        Assert.Contains($"chưa khớp đơn vị \"{named}\"", proposal, StringComparison.Ordinal);
    }
}
