namespace QcdcBot.Tests.Conversation;

/// <summary>
/// An extension asked for a deadline the unit has already handed in on time says so and steers to no other deadline:
/// nothing is stored and the office is not asked. One handed in late is taken when named by its number (an approval re-grades the report); by its words it gets its status (late) and how to ask by number.
/// </summary>
public sealed class ExtensionForHandedInTests
{
    [Theory]
    [InlineData("xin gia han bc 6 thang den 23/12/2024 vi cho ky")]
    [InlineData("em xin lùi hạn báo cáo 6 tháng đầu năm thêm 1 tuần ạ")]
    [InlineData("/giahan bc sau thang 20/12/2024 chờ họp")]
    public async Task A_request_naming_a_deadline_already_handed_in_on_time_says_when_and_offers_nothing_else(string request)
    {
        await using var bot = await BotHarness.CreateAsync();
        var (halfYear, plan, secretary) = await HandedInAsync(bot, "CTK", 31, 10, " bc 6 thang");

        var reply = await bot.SayAsync(secretary, request);

        Assert.Contains($"#{halfYear.Id} \"{halfYear.Title}\" đơn vị đã nộp ngày 31/10/2024", reply.Text(), StringComparison.Ordinal);
        Assert.Contains("gia hạn không còn tác dụng", reply.Text(), StringComparison.Ordinal);
        Assert.DoesNotContain(plan.Title, reply.Text(), StringComparison.Ordinal);
        Assert.Empty(reply.Last().Choices);
        Assert.Empty(reply.Proactive);
        Assert.Equal(0, await bot.CountAsync("extension_requests"));
    }

    [Theory]
    [InlineData("xin gia hạn #{0} đến 20/11/2024 vì máy hỏng không gửi được")]
    [InlineData("/giahan #{0} 20/11/2024 mất mạng")]
    public async Task A_request_for_a_report_handed_in_late_is_taken_and_its_approval_says_it_now_counts_as_on_time(string pattern)
    {
        await using var bot = await BotHarness.CreateAsync();
        var (halfYear, plan, secretary) = await HandedInAsync(bot, "STC", 4, 11, string.Empty);

        var asked = await bot.SayAsync(secretary, string.Format(System.Globalization.CultureInfo.InvariantCulture, pattern, halfYear.Id));
        var request = Assert.Single(await bot.Get<QcdcBot.Storage.ExtensionRequests.ExtensionRequestStore>().ForDeadlineAsync(halfYear.Id));
        var approved = await bot.SayConfirmedAsync(BotHarness.Admin, $"/duyet {request.Id}");

        Assert.Contains($"Đã gửi đề nghị gia hạn \"{halfYear.Title}\"", asked.Text(), StringComparison.Ordinal);
        Assert.DoesNotContain(plan.Title, asked.Text(), StringComparison.Ordinal);
        Assert.Contains(approved.Proactive, p => p.Message.Text.Contains("nay được tính là đúng hạn", StringComparison.Ordinal));
        var unit = await bot.UnitAsync("STC");
        Assert.True((await bot.Get<QcdcBot.Storage.Submissions.SubmissionStore>().LatestAsync(unit.Id, halfYear.Id))!.OnTime);
    }

    [Theory]
    [InlineData("xin gia hạn bc 6 tháng")]
    [InlineData("em xin lùi hạn báo cáo 6 tháng đầu năm thêm 1 tuần ạ")]
    [InlineData("/giahan bc 6 thang 20/11/2024 mất mạng")]
    public async Task A_request_naming_by_words_a_report_handed_in_late_gets_its_status_and_sends_nothing(string request)
    {
        await using var bot = await BotHarness.CreateAsync();
        var (halfYear, plan, secretary) = await HandedInAsync(bot, "STC", 4, 11, string.Empty);

        var reply = await bot.SayAsync(secretary, request);

        Assert.Contains($"#{halfYear.Id} \"{halfYear.Title}\" đơn vị đã nộp ngày 4/11/2024 (trễ", reply.Text(), StringComparison.Ordinal);
        Assert.Contains($"/giahan #{halfYear.Id} <ngày> <lý do>", reply.Text(), StringComparison.Ordinal);
        Assert.DoesNotContain(plan.Title, reply.Text(), StringComparison.Ordinal);
        Assert.Empty(reply.Proactive);
        Assert.Equal(0, await bot.CountAsync("extension_requests"));
    }

    /// <summary>Two deadlines for the unit, the first (due 1/11/2024) handed in on the day given.</summary>
    private static async Task<(QcdcBot.Storage.Deadlines.Deadline HalfYear, QcdcBot.Storage.Deadlines.Deadline Plan, string Secretary)> HandedInAsync(
        BotHarness bot, string code, int day, int month, string caption)
    {
        var halfYear = await bot.AssignAsync($"Báo cáo 6 tháng đầu năm trước ngày 1/11/2024 cho {code}");
        var plan = await bot.AssignAsync($"Kế hoạch tuyên truyền bầu cử trước ngày 30/11/2024 cho {code}");
        var secretary = await bot.RegisterSecretaryAsync(code);
        bot.SetLocalTime(2024, month, day, 9, 0);
        await bot.SendFileAsync(secretary, "bc.docx", [1, 2, 3], $"#{halfYear.Id}{caption}");
        return (halfYear, plan, secretary);
    }
}
