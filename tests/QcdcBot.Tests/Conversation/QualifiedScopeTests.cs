using QcdcBot.Storage.Deadlines;

namespace QcdcBot.Tests.Conversation;

/// <summary>
/// A group narrowed by something the store does not hold ("các đơn vị được kiểm tra", "các chi bộ chưa nộp") is asked
/// about: /giao creates nothing, names the phrase, and offers the command again without it in the title.
/// </summary>
public sealed class QualifiedScopeTests
{
    [Theory]
    [InlineData("Báo cáo khắc phục hạn chế trước 20/12/2024 cho các đơn vị được kiểm tra năm 2024", "các đơn vị được kiểm tra năm 2024", "Báo cáo khắc phục hạn chế")]
    [InlineData("Kế hoạch tuyên truyền cho các chi bộ chưa nộp báo cáo quý III trước 15/11/2024", "các chi bộ chưa nộp", "Kế hoạch tuyên truyền")]
    [InlineData("Các đảng bộ cơ sở đã được kiểm tra gửi báo cáo khắc phục trước 30/11/2024", "Các đảng bộ cơ sở đã được kiểm tra", "báo cáo khắc phục")]
    [InlineData("Đăng ký mô hình điểm trước 10/12/2024, các chi, đảng bộ cơ sở chưa đăng ký", "các chi, đảng bộ cơ sở chưa đăng ký", "Đăng ký mô hình điểm")]
    [InlineData("Cac chi, dang bo co so chua thuc hien tiep tuc dang ky mo hinh truoc 5/12/2024", "Cac chi, dang bo co so chua thuc hien", "dang ky mo hinh")]
    [InlineData("Báo cáo kết quả trước 28/11/2024 cho các đoàn thể khối đã tham gia hội thi", "các đoàn thể khối đã tham gia hội thi", "Báo cáo kết quả")]
    public async Task A_group_narrowed_by_words_the_bot_cannot_check_is_asked_about_and_nothing_is_created(string arguments, string phrase, string title)
    {
        await using var bot = await BotHarness.CreateAsync();

        var reply = (await bot.SayAsync(BotHarness.Admin, "/giao " + arguments)).Text();

        Assert.Empty(await bot.Get<DeadlineStore>().ListAsync());
        Assert.Contains($"không biết \"{phrase}\" là những đơn vị nào", reply, StringComparison.Ordinal);
        Assert.Contains("chưa tạo việc nào", reply, StringComparison.Ordinal);
        var suggested = reply[reply.IndexOf("/giao ", StringComparison.Ordinal)..];
        Assert.Contains(title, suggested, StringComparison.Ordinal);
        Assert.DoesNotContain(phrase, suggested, StringComparison.OrdinalIgnoreCase);
        Assert.EndsWith("cho <mã>, <mã>, …", suggested, StringComparison.Ordinal);
    }
}
