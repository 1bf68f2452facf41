using QcdcBot.Storage.Deadlines;
using QcdcBot.Storage.Submissions;

namespace QcdcBot.Tests.Conversation;

/// <summary>
/// One reading of a deadline named in a secretary's words, whichever way it comes: a file's caption, a status reply,
/// an extension request, "đã nộp … rồi". The office's shorthand names the same deadline in each, and two deadlines
/// named together are asked about, offering just those two, in each.
/// </summary>
public sealed class DeadlineReferencePathsTests
{
    [Theory]
    [InlineData("tk nam", "Báo cáo tổng kết năm 2026")]
    [InlineData("bc 6 thang", "Báo cáo sơ kết 6 tháng đầu năm 2026")]
    [InlineData("kh 2027", "Kế hoạch thực hiện QCDC năm 2027")]
    [InlineData("tổng kết năm", "Báo cáo tổng kết năm 2026")]
    [InlineData("bc so ket 6th", "Báo cáo sơ kết 6 tháng đầu năm 2026")]
    [InlineData("kh2027", "Kế hoạch thực hiện QCDC năm 2027")]
    public async Task A_shorthand_names_the_same_deadline_in_every_path(string phrase, string title)
    {
        await using var bot = await CreateAsync();
        var secretary = await bot.RegisterSecretaryAsync("NHNN");

        var status = (await bot.SayAsync(secretary, $"đang làm {phrase}")).Text();
        var sent = (await bot.SayAsync(secretary, $"em đã nộp {phrase} rồi")).Text();
        var request = await bot.SayAsync(secretary, $"/giahan {phrase} thêm 3 ngày");
        var caption = (await bot.SendFileAsync(secretary, "baocao.docx", [1], phrase)).Text();

        Assert.Contains($"\"{title}\": đang làm", status, StringComparison.Ordinal);
        Assert.Contains($"\"{title}\"", sent, StringComparison.Ordinal);
        Assert.Single(Titles(), t => sent.Contains(t, StringComparison.Ordinal));
        Assert.Contains($"\"{title}\"", Assert.Single(request.Proactive).Message.Text, StringComparison.Ordinal);
        Assert.Contains("Biên nhận", caption, StringComparison.Ordinal);
        Assert.Contains(title, caption, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("bc 6 thang và kh 2027")]
    [InlineData("kh 2027, bc so ket 6th")]
    public async Task Two_deadlines_named_together_are_asked_about_with_just_those_two_in_every_path(string phrase)
    {
        await using var bot = await CreateAsync();
        var secretary = await bot.RegisterSecretaryAsync("NHNN");
        var all = await bot.Get<DeadlineStore>().ListAsync();
        var named = all.Where(d => !d.Title.Contains("tổng kết", StringComparison.Ordinal)).Select(d => d.Id).Order().ToList();

        var status = await bot.SayAsync(secretary, $"dang lam {phrase}");
        var request = await bot.SayAsync(secretary, $"/giahan {phrase} them 3 ngay");
        var caption = await bot.SendFileAsync(secretary, "baocao.docx", [1], phrase);
        var sent = (await bot.SayAsync(secretary, $"đã gửi {phrase} rồi")).Text();

        foreach (var asked in new[] { status, request, caption })
        {
            Assert.Equal(named, asked.Last().Choices.Select(c => c.Number ?? 0).Where(n => n != 0).Order().ToList());
        }

        Assert.Equal(0, await bot.CountAsync("submissions"));
        Assert.DoesNotContain("tổng kết", sent, StringComparison.Ordinal);
        Assert.All(named, id => Assert.Contains($"#{id} ", sent, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("da nop tk nam roi a")]
    [InlineData("em gửi báo cáo tổng kết năm rồi mà")]
    public async Task Already_sent_naming_a_deadline_the_bot_has_says_it_has_it(string text)
    {
        await using var bot = await CreateAsync();
        var secretary = await bot.RegisterSecretaryAsync("NHNN");
        await bot.SendFileAsync(secretary, "tk.docx", [1], "tk nam");

        var reply = (await bot.SayAsync(secretary, text)).Text();

        Assert.Contains("bot đã nhận bài nộp", reply, StringComparison.Ordinal);
        Assert.Contains("\"Báo cáo tổng kết năm 2026\"", reply, StringComparison.Ordinal);
        Assert.DoesNotContain("chưa nhận được", reply, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/giahan bc 6 thang 25/12/2026 chi bo chua hop", 25)]
    [InlineData("xin gia hạn bc 6 tháng đến 23/12 ạ", 23)]
    public async Task A_name_with_a_month_count_before_the_date_is_not_read_as_the_date(string text, int day)
    {
        await using var bot = await CreateAsync();
        var secretary = await bot.RegisterSecretaryAsync("NHNN");

        var sent = await bot.SayAsync(secretary, text);

        Assert.Contains($"đến Thứ", sent.Text(), StringComparison.Ordinal);
        Assert.Contains($"{day}/12/2026", Assert.Single(sent.Proactive).Message.Text, StringComparison.Ordinal);
        Assert.Contains("\"Báo cáo sơ kết 6 tháng đầu năm 2026\"", sent.Proactive[0].Message.Text, StringComparison.Ordinal);
    }

    private static string[] Titles() => ["Báo cáo sơ kết 6 tháng đầu năm 2026", "Kế hoạch thực hiện QCDC năm 2027", "Báo cáo tổng kết năm 2026"];

    private static async Task<BotHarness> CreateAsync()
    {
        var bot = await BotHarness.CreateAsync();
        bot.SetLocalTime(2026, 12, 2, 9, 0);
        await bot.AssignAsync("Báo cáo sơ kết 6 tháng đầu năm 2026 trước ngày 18/12/2026");
        await bot.AssignAsync("Kế hoạch thực hiện QCDC năm 2027 trước ngày 24/12/2026");
        await bot.AssignAsync("Báo cáo tổng kết năm 2026 trước ngày 29/12/2026");
        return bot;
    }
}
