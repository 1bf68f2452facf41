using QcdcBot.Bot.Conversation;

namespace QcdcBot.Tests.Conversation;

/// <summary>
/// Which deadlines a caption or a reply names: words that fit several equally are asked about among every one they
/// fit, and a closed or cancelled deadline is named only when the words fit it at least as well as any open one.
/// Today is Sunday 20/10/2024.
/// </summary>
public sealed class MentionFitTests
{
    private static byte[] Bytes(byte seed) => Enumerable.Range(0, 500).Select(i => (byte)(i * 7 + seed)).ToArray();

    private static IEnumerable<string> Offered(TurnResult asked) => asked.Last().Choices.Select(c => c.Label.Split(' ')[0]);

    [Theory]
    [InlineData("ke-hoach-2025.docx", "")]
    [InlineData("scan.pdf", "ke hoach nam 2025 a")]
    [InlineData("scan.pdf", "KH 2025")]
    public async Task Words_fitting_two_deadlines_equally_are_asked_about_never_given_to_the_shorter_title(string name, string caption)
    {
        await using var bot = await BotHarness.CreateAsync();
        var shortTitle = await bot.AssignAsync("Kế hoạch năm 2025 trước ngày 15/11/2024");
        var longTitle = await bot.AssignAsync("Kế hoạch thực hiện QCDC năm 2025 trước ngày 30/11/2024");
        var secretary = await bot.RegisterSecretaryAsync("NHNN");

        var asked = await bot.SendFileAsync(secretary, name, Bytes(1), caption);

        Assert.Equal(0, await bot.CountAsync("submissions"));
        Assert.Contains($"#{shortTitle.Id}", Offered(asked));
        Assert.Contains($"#{longTitle.Id}", Offered(asked));
    }

    [Fact]
    public async Task A_word_only_one_title_has_still_files_without_a_question()
    {
        await using var bot = await BotHarness.CreateAsync();
        await bot.AssignAsync("Kế hoạch năm 2025 trước ngày 15/11/2024");
        await bot.AssignAsync("Kế hoạch thực hiện QCDC năm 2025 trước ngày 30/11/2024");
        var secretary = await bot.RegisterSecretaryAsync("NHNN");

        var filed = await bot.SendFileAsync(secretary, "KH_QCDC_2025.docx", Bytes(2));

        Assert.Contains("Biên nhận", filed.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_two_part_reply_offers_every_deadline_each_part_fits()
    {
        await using var bot = await BotHarness.CreateAsync();
        var plan = await bot.AssignAsync("Kế hoạch năm 2025 trước ngày 15/11/2024");
        var qcdcPlan = await bot.AssignAsync("Kế hoạch thực hiện QCDC năm 2025 trước ngày 30/11/2024");
        var selfCheck = await bot.AssignAsync("Báo cáo tự kiểm tra trước ngày 20/12/2024");
        var selfCheckLong = await bot.AssignAsync("Báo cáo tự kiểm tra thực hiện dân chủ năm 2024 trước ngày 25/10/2024");
        var other = await bot.AssignAsync("Danh sách cán bộ phụ trách trước ngày 28/10/2024");
        var secretary = await bot.RegisterSecretaryAsync("NHNN");

        var asked = await bot.SayAsync(secretary, "ben em dang lam bao cao tu kiem tra voi ke hoach 2025");

        var offered = Offered(asked).ToList();
        Assert.Equal(new[] { plan, qcdcPlan, selfCheck, selfCheckLong }.Select(d => $"#{d.Id}").Order(), offered.Where(o => o.StartsWith('#')).Order());
        Assert.DoesNotContain($"#{other.Id}", offered);
    }

    [Theory]
    [InlineData("so ket 6 thang ben em gui roi a")]
    [InlineData("đã nộp báo cáo sơ kết 6 tháng rồi mà")]
    public async Task Already_sent_about_a_closed_deadline_says_it_is_closed_and_lists_nothing_unrelated(string text)
    {
        await using var bot = await BotHarness.CreateAsync();
        var closed = await bot.AssignAsync("Báo cáo sơ kết 6 tháng đầu năm trước ngày 25/10/2024");
        var open = await bot.AssignAsync("Kế hoạch kiểm tra giám sát năm 2025 trước ngày 15/11/2024");
        await bot.SayConfirmedAsync(BotHarness.Admin, $"/donghan #{closed.Id}");
        var secretary = await bot.RegisterSecretaryAsync("NHNN");

        var reply = (await bot.SayAsync(secretary, text)).Text();

        Assert.Contains($"#{closed.Id} \"{closed.Title}\" đã đóng", reply, StringComparison.Ordinal);
        Assert.Contains($"/mohan #{closed.Id}", reply, StringComparison.Ordinal);
        Assert.DoesNotContain(open.Title, reply, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/nopfile so ket 6 thang")]
    [InlineData("/nop bc sơ kết 6 tháng đầu năm")]
    public async Task Nopfile_naming_a_closed_deadline_says_it_is_closed(string command)
    {
        await using var bot = await BotHarness.CreateAsync();
        var closed = await bot.AssignAsync("Báo cáo sơ kết 6 tháng đầu năm trước ngày 25/10/2024");
        await bot.AssignAsync("Kế hoạch kiểm tra giám sát năm 2025 trước ngày 15/11/2024");
        await bot.SayConfirmedAsync(BotHarness.Admin, $"/huyhan #{closed.Id}");
        var secretary = await bot.RegisterSecretaryAsync("NHNN");

        var reply = (await bot.SayAsync(secretary, command)).Text();

        Assert.Contains($"#{closed.Id} \"{closed.Title}\" đã hủy", reply, StringComparison.Ordinal);
        Assert.DoesNotContain("Không thấy việc", reply, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("bc_tu_kiem_tra.docx", "")]
    [InlineData("scan.pdf", "bao cao tu kiem tra nhe")]
    [InlineData("scan.pdf", "báo cáo")]
    public async Task An_unrelated_cancelled_deadline_sharing_only_the_kind_of_paper_is_not_named(string name, string caption)
    {
        await using var bot = await BotHarness.CreateAsync();
        var cancelled = await bot.AssignAsync("Báo cáo kết quả đối thoại trước ngày 25/11/2024");
        await bot.AssignAsync("Kế hoạch kiểm tra giám sát năm 2025 trước ngày 15/11/2024");
        await bot.AssignAsync("Báo cáo chuyên đề trước ngày 15/12/2024");
        await bot.SayConfirmedAsync(BotHarness.Admin, $"/huyhan #{cancelled.Id}");
        var secretary = await bot.RegisterSecretaryAsync("NHNN");

        var reply = (await bot.SendFileAsync(secretary, name, Bytes(3), caption)).Text();

        Assert.DoesNotContain("đã hủy", reply, StringComparison.Ordinal);
        Assert.DoesNotContain(cancelled.Title, reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_cancelled_deadline_the_words_fit_best_is_still_named()
    {
        await using var bot = await BotHarness.CreateAsync();
        var cancelled = await bot.AssignAsync("Báo cáo kết quả đối thoại trước ngày 25/11/2024");
        await bot.AssignAsync("Báo cáo chuyên đề trước ngày 15/12/2024");
        await bot.SayConfirmedAsync(BotHarness.Admin, $"/huyhan #{cancelled.Id}");
        var secretary = await bot.RegisterSecretaryAsync("NHNN");

        var reply = (await bot.SendFileAsync(secretary, "scan.pdf", Bytes(4), "bc ket qua doi thoai")).Text();

        Assert.Contains($"#{cancelled.Id} \"{cancelled.Title}\" đã hủy", reply, StringComparison.Ordinal);
    }
}
