using QcdcBot.Storage.Deadlines;
using QcdcBot.Storage.Units;

namespace QcdcBot.Tests.Conversation;

/// <summary>
/// After /giao asks which units a qualified group stands for, the next message listing units (codes, names, or numbers
/// from /donvi) creates the deadline for them and says so; anything else closes the question with nothing created.
/// </summary>
public sealed class QualifiedScopeAnswerTests
{
    [Theory]
    [InlineData("Báo cáo khắc phục hạn chế trước 20/12/2024 cho các đơn vị được kiểm tra năm 2024", "NHNN, SYT, CTK", "Báo cáo khắc phục hạn chế")]
    [InlineData("Cac chi, dang bo co so chua thuc hien tiep tuc dang ky mo hinh truoc 5/12/2024", "NHNN và SYT; CTK", "dang ky mo hinh")]
    [InlineData("Báo cáo kết quả trước 28/11/2024 cho các đoàn thể khối đã tham gia hội thi", "Ngân hàng Nhà nước, CTK, SYT ạ", "Báo cáo kết quả")]
    public async Task Units_typed_alone_as_the_answer_create_the_deadline_for_them(string arguments, string answer, string title)
    {
        await using var bot = await BotHarness.CreateAsync();
        await bot.SayAsync(BotHarness.Admin, "/giao " + arguments);

        var reply = (await bot.SayAsync(BotHarness.Admin, answer)).Text();

        var created = Assert.Single(await bot.Get<DeadlineStore>().ListAsync());
        Assert.Contains($"Đã giao việc #{created.Id}", reply, StringComparison.Ordinal);
        Assert.Contains(title, created.Title, StringComparison.Ordinal);
        long[] expected = [(await bot.UnitAsync("NHNN")).Id, (await bot.UnitAsync("SYT")).Id, (await bot.UnitAsync("CTK")).Id];
        Assert.Equal(expected.Order(), created.UnitIds.Order());
    }

    [Fact]
    public async Task Numbers_from_the_units_list_shown_before_answer_it()
    {
        await using var bot = await BotHarness.CreateAsync();
        await bot.SayAsync(BotHarness.Admin, "/donvi");
        await bot.SayAsync(BotHarness.Admin, "/giao Báo cáo khắc phục sau kiểm tra trước 20/12/2024 cho các đơn vị được kiểm tra năm 2024");

        await bot.SayAsync(BotHarness.Admin, "1, 5, 7");

        var all = await bot.Get<UnitStore>().AllAsync();
        var created = Assert.Single(await bot.Get<DeadlineStore>().ListAsync());
        long[] expected = [all[0].Id, all[4].Id, all[6].Id];
        Assert.Equal(expected.Order(), created.UnitIds.Order());
    }

    [Theory]
    [InlineData("/hanchot")]
    [InlineData("thôi")]
    [InlineData("để em hỏi lại chị Hà đã")]
    public async Task Anything_else_closes_the_question_and_a_later_list_creates_nothing(string other)
    {
        await using var bot = await BotHarness.CreateAsync();
        await bot.SayAsync(BotHarness.Admin, "/giao Kế hoạch tuyên truyền cho các chi bộ chưa nộp báo cáo quý III trước 15/11/2024");

        await bot.SayAsync(BotHarness.Admin, other);
        await bot.SayAsync(BotHarness.Admin, "NHNN, SYT");

        Assert.Empty(await bot.Get<DeadlineStore>().ListAsync());
    }
}
