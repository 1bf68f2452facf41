namespace QcdcBot.Tests.Conversation;

/// <summary>
/// An extension's "đến ngày nào?" answered after the deadline changed under it: closed or cancelled meanwhile, nothing is
/// sent; handed in late meanwhile, the request goes as a fresh one would, and the office's notice says the unit handed in
/// and when; /duyet words the hand-in and the request by their real order, with both times.
/// </summary>
public sealed class ExtensionAnsweredAfterChangeTests
{
    [Theory]
    [InlineData("/donghan #{0}", "đã đóng")]
    [InlineData("/huyhan #{0}", "đã hủy")]
    public async Task A_date_answer_after_the_office_ended_the_deadline_sends_no_request(string end, string said)
    {
        await using var bot = await BotHarness.CreateAsync();
        var (report, asking, _) = await ExtensionAnsweredLateTests.TwoDeadlinesAsync(bot);
        var asked = await bot.SayAsync(asking, $"xin gia hạn #{report.Id} vì chờ số liệu của chi bộ");
        Assert.Contains("đến ngày nào?", asked.Text(), StringComparison.Ordinal);
        await bot.SayConfirmedAsync(BotHarness.Admin, string.Format(System.Globalization.CultureInfo.InvariantCulture, end, report.Id));

        var answered = await bot.SayAsync(asking, "5/11/2024");

        Assert.Contains($"Trong lúc bot chờ ngày gia hạn, việc #{report.Id} \"{report.Title}\" {said}", answered.Text(), StringComparison.Ordinal);
        Assert.Contains("Bot không gửi đề nghị gia hạn nào.", answered.Text(), StringComparison.Ordinal);
        Assert.Empty(answered.Proactive);
        Assert.Equal(0, await bot.CountAsync("extension_requests"));
    }

    [Theory]
    [InlineData("xin gia hạn #{0} vì chờ số liệu của chi bộ", "5/11/2024")]
    [InlineData("em xin lùi hạn #{0}", "thêm 1 tuần vì chờ ký")]
    public async Task A_date_answer_after_a_late_hand_in_sends_the_request_and_the_office_reads_when_it_was_handed_in(string pattern, string date)
    {
        await using var bot = await BotHarness.CreateAsync();
        var (report, asking, colleague) = await ExtensionAnsweredLateTests.TwoDeadlinesAsync(bot);
        bot.SetLocalTime(2024, 10, 27, 9, 0);
        await bot.SayAsync(asking, string.Format(System.Globalization.CultureInfo.InvariantCulture, pattern, report.Id));
        await bot.SendFileAsync(colleague, "ket luan 12.pdf", [1, 2, 3], $"#{report.Id}");

        var answered = await bot.SayAsync(asking, date);

        Assert.Contains("Đã gửi đề nghị gia hạn", answered.Text(), StringComparison.Ordinal);
        var notice = Assert.Single(answered.Proactive, p => p.To.UserId == BotHarness.Admin).Message.Text;
        Assert.Contains("Lưu ý: đơn vị đã nộp việc này lúc 09:00 27/10/2024 (biên nhận số BN2024-00001, trễ 2 ngày); đồng ý thì bài nộp đó được tính đúng hạn.", notice, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Duyet_words_a_hand_in_before_the_request_was_sent_by_the_real_order_with_both_times()
    {
        await using var bot = await BotHarness.CreateAsync();
        var (report, asking, colleague) = await ExtensionAnsweredLateTests.TwoDeadlinesAsync(bot);
        bot.SetLocalTime(2024, 10, 27, 9, 0);
        await bot.SayAsync(asking, $"xin gia hạn #{report.Id} vì chờ số liệu của chi bộ");
        await bot.SendFileAsync(colleague, "ket luan 12.pdf", [1, 2, 3], $"#{report.Id}");
        bot.SetLocalTime(2024, 10, 27, 9, 10);
        await bot.SayAsync(asking, "5/11/2024");

        var asked = (await bot.SayAsync(BotHarness.Admin, "/duyet 1")).Text();

        Assert.Contains("nhận lúc 09:00 27/10/2024); đề nghị gia hạn được gửi sau đó, lúc 09:10 27/10/2024", asked, StringComparison.Ordinal);
        Assert.DoesNotContain("trước khi xin gia hạn", asked, StringComparison.Ordinal);
    }
}
