using QcdcBot.Storage.Deadlines;
using QcdcBot.Tests.Conversation;

namespace QcdcBot.Tests.Letters;

/// <summary>
/// "Các đơn vị được kiểm tra năm 2025": a group qualified by something the bot cannot know is asked about like a name it
/// cannot match, never read as a whole group; "tạo, chỉ với các đơn vị đã khớp" creates only what matched.
/// </summary>
public sealed class QualifiedGroupTests
{
    [Theory]
    [InlineData("Các đơn vị được kiểm tra năm 2025 gửi báo cáo kết quả khắc phục trước ngày 18/12/2026.", "Các đơn vị được kiểm tra năm 2025")]
    [InlineData("Các đơn vị chưa nộp báo cáo quý III gửi bổ sung trước ngày 18/12/2026.", "Các đơn vị chưa nộp")]
    [InlineData("Cac don vi tham gia hoi thi nop bai du thi truoc ngay 18/12/2026.", "Cac don vi tham gia hoi thi")]
    [InlineData("TT\tNội dung\tĐơn vị\tThời hạn\n1\tBáo cáo kết quả khắc phục\tCác đơn vị đã được giám sát\ttrước ngày 18/12/2026\n", "Các đơn vị đã được giám sát")]
    public async Task A_group_the_bot_cannot_tell_is_listed_as_not_matched_not_given_to_a_whole_group(string body, string named)
    {
        var proposal = await QualifiedLetter.NotMatchedAsync(body, named);

        Assert.DoesNotContain("74 chi, đảng bộ cơ sở", proposal, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Creating_only_with_the_matched_units_leaves_out_an_untold_group_and_an_unread_exclusion()
    {
        await using var bot = await ProposalHarness.ProposingAsync(QualifiedLetter.Today, QualifiedLetter.ToGrassroots
            + "1. Các đơn vị được kiểm tra năm 2025 gửi báo cáo kết quả khắc phục trước ngày 18/12/2026.\n"
            + "2. Các chi bộ, không kể Chi bộ Sở Không Có, gửi danh sách đảng viên trước ngày 17/12/2026.\n"
            + "3. Đảng bộ Sở Y tế và Đảng bộ Sở Không Có gửi báo cáo chuyên đề trước ngày 16/12/2026.\n");

        await bot.SayAsync(BotHarness.Admin, "tạo tất cả");
        var done = (await bot.SayAsync(BotHarness.Admin, "1")).Text();

        Assert.Contains("mục 1: chưa có đơn vị nào khớp", done, StringComparison.Ordinal);
        Assert.Contains("mục 2: chưa khớp đơn vị cần trừ ra \"Chi bộ Sở Không Có\"", done, StringComparison.Ordinal);
        var created = await bot.Get<DeadlineStore>().ListAsync();
        // Only the item whose matched units are the ones the letter asks: nothing for a group it could not tell, and
        // nothing for a group whose exclusion was not read (that would ask units the letter left out).
        Assert.True(created.Count == 1, string.Join("\n", created.Select(d => $"{d.Title} {d.Scope} {d.UnitIds.Count}")));
        var only = created[0];
        Assert.Equal([(await bot.UnitAsync("SYT")).Id], only.UnitIds);
    }
}
