using QcdcBot.Bot.Conversation;
using QcdcBot.Storage.Deadlines;

namespace QcdcBot.Tests.Conversation;

/// <summary>"thôi", "không", "hủy" close every open question of the bot's with nothing done, whatever the question.</summary>
public sealed class BackOutEverywhereTests
{
    [Theory]
    [InlineData("thôi")]
    [InlineData("khong")]
    [InlineData("thoi nhe")]
    public async Task A_no_to_the_duplicate_question_creates_nothing_and_says_so(string no)
    {
        await using var bot = await BotHarness.CreateAsync();
        await bot.AssignAsync("Báo cáo kết quả thực hiện QCDC năm 2024 trước 20/12/2024 nhé");

        var asked = (await bot.SayAsync(BotHarness.Admin, "/giao Báo cáo kết quả thực hiện QCDC năm 2024 trước 20/12/2024 nhé")).Text();
        var reply = (await bot.SayAsync(BotHarness.Admin, no)).Text();

        Assert.Contains("Vẫn tạo thêm việc mới", asked, StringComparison.Ordinal);
        Assert.Contains("chưa tạo việc nào", reply, StringComparison.Ordinal);
        Assert.Single(await bot.Get<DeadlineStore>().ListAsync(includeClosed: true));
    }

    [Theory]
    [InlineData("thoi")]
    [InlineData("Thôi ạ")]
    [InlineData("khỏi")]
    public async Task A_no_to_the_extension_date_question_sends_no_request(string no)
    {
        await using var bot = await BotHarness.CreateAsync();
        await bot.AssignAsync("Báo cáo sơ kết QCDC trước ngày 31/10/2024");
        var secretary = await bot.RegisterSecretaryAsync("CTK");
        var before = await bot.SnapshotAsync();

        var asked = (await bot.SayAsync(secretary, "/giahan")).Text();
        var reply = await bot.SayAsync(secretary, no);
        var next = (await bot.SayAsync(secretary, "/viec")).Text();

        Assert.Contains("đến ngày nào", asked, StringComparison.Ordinal);
        Assert.Equal(Confirmation.Declined, reply.Text());
        Assert.Empty(reply.Proactive);
        Assert.Equal(before.Extensions, (await bot.SnapshotAsync()).Extensions);
        Assert.DoesNotContain("Lưu ý", next, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_no_to_which_unit_creates_nothing()
    {
        await using var bot = await BotHarness.CreateAsync();

        var asked = (await bot.SayAsync(BotHarness.Admin, "/giao Báo cáo chuyên đề trước 25/11/2024 cho Ngân hàng, Sở Y tế")).Text();
        var reply = (await bot.SayAsync(BotHarness.Admin, "hủy bỏ")).Text();

        Assert.Contains("khớp với nhiều đơn vị", asked, StringComparison.Ordinal);
        Assert.Equal(Confirmation.Declined, reply);
        Assert.Empty(await bot.Get<DeadlineStore>().ListAsync(includeClosed: true));
    }

    [Fact]
    public async Task A_no_to_which_deadline_for_a_status_records_nothing()
    {
        await using var bot = await BotHarness.CreateAsync();
        await bot.AssignAsync("Báo cáo sơ kết QCDC trước ngày 31/10/2024");
        await bot.AssignAsync("Kế hoạch tuyên truyền QCDC năm 2025 trước ngày 15/11/2024");
        var secretary = await bot.RegisterSecretaryAsync("VNPT");
        var before = await bot.SnapshotAsync();

        var asked = (await bot.SayAsync(secretary, "đang làm")).Text();
        var reply = (await bot.SayAsync(secretary, "không")).Text();

        Assert.Contains("cho việc nào", asked, StringComparison.Ordinal);
        Assert.Equal(Confirmation.Declined, reply);
        Assert.Equal(before, await bot.SnapshotAsync());
    }

    [Fact]
    public async Task A_no_to_which_deadline_for_a_file_files_nothing()
    {
        await using var bot = await BotHarness.CreateAsync();
        await bot.AssignAsync("Báo cáo sơ kết QCDC trước ngày 31/10/2024");
        await bot.AssignAsync("Kế hoạch tuyên truyền QCDC năm 2025 trước ngày 15/11/2024");
        var secretary = await bot.RegisterSecretaryAsync("VNPT");

        var asked = (await bot.SendFileAsync(secretary, "bao cao.docx", [1, 2, 3])).Text();
        var reply = (await bot.SayAsync(secretary, "thôi")).Text();
        var next = (await bot.SayAsync(secretary, "/viec")).Text();

        Assert.Contains("việc nào", asked, StringComparison.Ordinal);
        Assert.Contains("chưa nộp gì", reply, StringComparison.Ordinal);
        Assert.Equal(0, await bot.CountAsync("submissions"));
        Assert.DoesNotContain("vẫn đang chờ", next, StringComparison.Ordinal);
    }
}
