namespace QcdcBot.Tests.Conversation;

/// <summary>Backing out of any question the bot asked ("không", "thôi", "hủy") gets one answer, and nothing is done.</summary>
public sealed class BackingOutTests
{
    private const string NothingDone = "Được, bot không làm gì cả";

    [Theory]
    [InlineData("admin", "/tinhhinh bao cao", "thôi")]
    [InlineData("secretary", "đang làm", "không")]
    [InlineData("secretary", "xin lui han", "thoi")]
    [InlineData("secretary", "/giahan 20/11/2024 chờ ký", "ko")]
    [InlineData("admin", "/giao Báo cáo chuyên đề trước ngày 19/4/2027", "không")]
    [InlineData("admin", "/donghan #1", "hủy")]
    public async Task A_no_to_any_question_says_nothing_was_done_and_changes_nothing(string who, string text, string no)
    {
        await using var bot = await BotHarness.CreateAsync();
        await bot.AssignAsync("Báo cáo sơ kết QCDC trước ngày 31/10/2024");
        await bot.AssignAsync("Báo cáo tự kiểm tra trước ngày 25/11/2024");
        var user = who == "admin" ? BotHarness.Admin : await bot.RegisterSecretaryAsync("NHNN");
        var before = await bot.SnapshotAsync();

        var asked = await bot.SayAsync(user, text);
        var reply = (await bot.SayAsync(user, no)).Text();
        var after = (await bot.SayAsync(user, "1")).Text();

        Assert.Contains("?", asked.Text(), StringComparison.Ordinal);
        Assert.StartsWith(NothingDone, reply, StringComparison.Ordinal);
        Assert.DoesNotContain("Đã hủy", reply, StringComparison.Ordinal);
        Assert.Equal(before, await bot.SnapshotAsync());
        Assert.DoesNotContain("Đã", after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_no_to_which_deadline_for_a_file_lets_the_file_go_and_it_is_not_asked_again()
    {
        await using var bot = await BotHarness.CreateAsync();
        await bot.AssignAsync("Báo cáo sơ kết QCDC trước ngày 31/10/2024");
        await bot.AssignAsync("Báo cáo tự kiểm tra trước ngày 25/11/2024");
        var secretary = await bot.RegisterSecretaryAsync("NHNN");

        await bot.SendFileAsync(secretary, "scan.pdf", [5, 6]);
        var reply = (await bot.SayAsync(secretary, "không")).Text();
        var next = (await bot.SayAsync(secretary, "/viec")).Text();

        Assert.StartsWith($"{NothingDone}: chưa nộp gì.", reply, StringComparison.Ordinal);
        Assert.Equal(0, await bot.CountAsync("submissions"));
        Assert.DoesNotContain("đang chờ", next, StringComparison.Ordinal);
    }
}
