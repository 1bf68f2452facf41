namespace QcdcBot.Tests.Conversation;

/// <summary>
/// An extension question ("cho việc nào?", "đến ngày nào?") answered after a colleague of the same unit handed the deadline
/// in on time sends nothing to the office: the deadline is checked when the answer comes, as a fresh request would be. A
/// bare option number typed before the request ("4 xin thêm 1 tuần …", option 4 of a reminder) is not kept in the reason.
/// </summary>
public sealed class ExtensionAnsweredLateTests
{
    [Theory]
    [InlineData("xin gia hạn thêm 1 tuần vì lãnh đạo đi học", false)]
    [InlineData("4 xin them 1 tuan vi lanh dao di hoc", true)]
    [InlineData("/giahan 5/11/2024 chờ ký", true)]
    public async Task A_which_deadline_answer_after_a_colleague_handed_it_in_on_time_sends_no_request(string request, bool typed)
    {
        await using var bot = await BotHarness.CreateAsync();
        var (report, asking, colleague) = await TwoDeadlinesAsync(bot);
        var asked = await bot.SayAsync(asking, request);
        Assert.Contains("cho việc nào?", asked.Text(), StringComparison.Ordinal);
        var pick = asked.Last().Choices.First(c => c.Label.Contains($"#{report.Id}", StringComparison.Ordinal));
        await bot.SendFileAsync(colleague, "ket luan 12.pdf", [1, 2, 3], $"#{report.Id}");
        var before = await bot.SnapshotAsync();

        var answered = typed ? await bot.SayAsync(asking, $"{report.Id}") : await bot.PressAsync(asking, pick.Payload);

        Assert.Contains($"Việc #{report.Id} \"{report.Title}\" đơn vị đã nộp rồi (bài nộp đến sau khi bot hỏi", answered.Text(), StringComparison.Ordinal);
        Assert.Contains("không cần gia hạn", answered.Text(), StringComparison.Ordinal);
        Assert.DoesNotContain("Đã gửi đề nghị gia hạn", answered.Text(), StringComparison.Ordinal);
        Assert.Empty(answered.Proactive);
        Assert.Equal(before, await bot.SnapshotAsync());
        Assert.Equal(0, await bot.CountAsync("extension_requests"));
    }

    [Theory]
    [InlineData("xin gia hạn #{0} vì chờ số liệu của chi bộ", "5/11/2024")]
    [InlineData("em xin lùi hạn #{0}", "thêm 1 tuần vì chờ ký")]
    public async Task A_date_answer_after_a_colleague_handed_it_in_on_time_sends_no_request(string pattern, string date)
    {
        await using var bot = await BotHarness.CreateAsync();
        var (report, asking, colleague) = await TwoDeadlinesAsync(bot);
        var asked = await bot.SayAsync(asking, string.Format(System.Globalization.CultureInfo.InvariantCulture, pattern, report.Id));
        Assert.Contains("đến ngày nào?", asked.Text(), StringComparison.Ordinal);
        await bot.SendFileAsync(colleague, "ket luan 12.pdf", [1, 2, 3], $"#{report.Id}");
        var before = await bot.SnapshotAsync();

        var answered = await bot.SayAsync(asking, date);

        Assert.Contains($"Việc #{report.Id} \"{report.Title}\" đơn vị đã nộp rồi (bài nộp đến sau khi bot hỏi", answered.Text(), StringComparison.Ordinal);
        Assert.Contains("không cần gia hạn", answered.Text(), StringComparison.Ordinal);
        Assert.Empty(answered.Proactive);
        Assert.Equal(before, await bot.SnapshotAsync());
        Assert.Equal(0, await bot.CountAsync("extension_requests"));
    }

    [Fact]
    public async Task A_which_deadline_answer_after_the_unit_was_excused_gets_the_excused_answer_and_sends_no_request()
    {
        await using var bot = await BotHarness.CreateAsync();
        var (report, asking, _) = await TwoDeadlinesAsync(bot);
        var asked = await bot.SayAsync(asking, "xin gia hạn thêm 1 tuần vì lãnh đạo đi học");
        var pick = asked.Last().Choices.First(c => c.Label.Contains($"#{report.Id}", StringComparison.Ordinal)).Payload;
        var notes = bot.Get<QcdcBot.Storage.Statuses.StatusNoteStore>();
        var note = await notes.AddAsync((await bot.UnitAsync("NHNN")).Id, report.Id, QcdcBot.Storage.Statuses.StatusState.NothingToReport, "không có nội dung phát sinh", null, "test");
        await notes.AcceptExcuseAsync(note.Id, "test");

        var answered = await bot.PressAsync(asking, pick);

        Assert.Contains("không cần xin gia hạn và bot không gửi đề nghị nào", answered.Text(), StringComparison.Ordinal);
        Assert.Empty(answered.Proactive);
        Assert.Equal(0, await bot.CountAsync("extension_requests"));
    }

    [Fact]
    public async Task A_which_deadline_answer_still_sends_the_request_when_nothing_was_handed_in()
    {
        await using var bot = await BotHarness.CreateAsync();
        var (report, asking, _) = await TwoDeadlinesAsync(bot);
        var asked = await bot.SayAsync(asking, "4 xin them 1 tuan vi lanh dao di hoc");

        var answered = await bot.PressAsync(asking, asked.Last().Choices.First(c => c.Label.Contains($"#{report.Id}", StringComparison.Ordinal)).Payload);

        Assert.Contains($"Đã gửi đề nghị gia hạn \"{report.Title}\"", answered.Text(), StringComparison.Ordinal);
        var notice = Assert.Single(answered.Proactive, p => p.To.UserId == BotHarness.Admin).Message.Text;
        Assert.Contains("Lý do: lanh dao di hoc", notice, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("4 xin them 1 tuan vi lanh dao di hoc", "lanh dao di hoc")]
    [InlineData("2. xin gia hạn đến 5/11/2024 vì chờ ký", "chờ ký")]
    [InlineData("3 đồng chí đi học, xin thêm 1 tuần", "3 đồng chí đi học")]
    public async Task A_bare_option_number_before_the_request_is_not_kept_in_the_reason(string request, string reason)
    {
        await using var bot = await BotHarness.CreateAsync();
        await bot.AssignAsync("Báo cáo kết quả thực hiện Kết luận 12 trước ngày 25/10/2024 cho NHNN, CTK");
        var secretary = await bot.RegisterSecretaryAsync("NHNN");

        var asked = await bot.SayAsync(secretary, request);

        var notice = Assert.Single(asked.Proactive, p => p.To.UserId == BotHarness.Admin).Message.Text;
        Assert.Contains($"Lý do: {reason}", notice, StringComparison.Ordinal);
    }

    /// <summary>Two deadlines for NHNN, both owed; two members of the unit. Returns the report (due 25/10/2024).</summary>
    internal static async Task<(QcdcBot.Storage.Deadlines.Deadline Report, string Asking, string Colleague)> TwoDeadlinesAsync(BotHarness bot)
    {
        await bot.AssignAsync("Kế hoạch thực hiện QCDC năm 2025 trước ngày 30/10/2024 cho NHNN, CTK");
        var report = await bot.AssignAsync("Báo cáo kết quả thực hiện Kết luận 12 trước ngày 25/10/2024 cho NHNN, CTK");
        var asking = await bot.RegisterSecretaryAsync("NHNN", "thuky-a");
        var colleague = await bot.RegisterSecretaryAsync("NHNN", "thuky-b");
        return (report, asking, colleague);
    }
}
