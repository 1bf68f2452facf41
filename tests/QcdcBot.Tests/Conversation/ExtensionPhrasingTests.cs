using QcdcBot.Storage.ExtensionRequests;

namespace QcdcBot.Tests.Conversation;

/// <summary>An extension asked for in a sentence, without the slash, without diacritics, with the date after any little word.</summary>
public sealed class ExtensionPhrasingTests
{
    [Theory]
    [InlineData("gia han toi 15/11 vi dang cho thu truong ky", 15, "dang cho thu truong ky")]
    [InlineData("xin gia hạn đến 15-11 do đồng chí bí thư đi công tác", 15, "đồng chí bí thư đi công tác")]
    [InlineData("Xin gia han den ngay 16 thang 11", 16, "")]
    [InlineData("gia hạn tới ngày 16.11 ạ, chờ họp chi ủy", 16, "chờ họp chi ủy")]
    public async Task A_sentence_asking_for_more_time_is_an_extension_request_with_its_reason(string text, int day, string reason)
    {
        await using var bot = await BotHarness.CreateAsync();
        var deadline = await bot.AssignAsync("Báo cáo sơ kết QCDC trước ngày 31/10/2024");
        var secretary = await bot.RegisterSecretaryAsync("XDGT");

        var reply = await bot.SayAsync(secretary, text);

        Assert.Contains("Đã gửi đề nghị gia hạn", reply.Text(), StringComparison.Ordinal);
        var request = Assert.Single(await bot.Get<ExtensionRequestStore>().ForDeadlineAsync(deadline.Id));
        Assert.Equal(new DateOnly(2024, 11, day), request.RequestedDate);
        Assert.Equal(reason, request.Reason);
    }

    [Fact]
    public async Task A_far_date_later_this_year_is_asked_for_not_refused_as_passed()
    {
        await using var bot = await BotHarness.CreateAsync(BotHarness.DefaultStart.AddDays(-200));
        var deadline = await bot.AssignAsync("Báo cáo năm trước ngày 20/4/2024");
        var secretary = await bot.RegisterSecretaryAsync("XDGT");

        var reply = await bot.SayAsync(secretary, "/giahan 20/12 chờ kết luận thanh tra");

        Assert.DoesNotContain("đã qua", reply.Text(), StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2024, 12, 20), Assert.Single(await bot.Get<ExtensionRequestStore>().ForDeadlineAsync(deadline.Id)).RequestedDate);
    }

    [Theory]
    [InlineData("xin lùi hạn 1 tuần vì chờ thủ trưởng ký", 7, 11, "chờ thủ trưởng ký")]
    [InlineData("them 1 tuan", 7, 11, "")]
    [InlineData("cho em thêm 3 ngày ạ", 3, 11, "")]
    [InlineData("Xin gia hạn thêm 10 ngày do bí thư đi học", 10, 11, "bí thư đi học")]
    [InlineData("khat han 2 tuan nhe, chua hop chi bo", 14, 11, "chua hop chi bo")]  // the phone filler "nhe," is not part of the reason
    [InlineData("gia han den 15/12", 15, 12, "")]
    public async Task A_length_without_a_date_counts_from_the_unit_s_due_date_and_the_reply_names_the_date(string text, int day, int month, string reason)
    {
        await using var bot = await BotHarness.CreateAsync();
        var deadline = await bot.AssignAsync("Báo cáo sơ kết QCDC trước ngày 31/10/2024");
        var secretary = await bot.RegisterSecretaryAsync("XDGT");

        var reply = await bot.SayAsync(secretary, text);

        var expected = text.Contains('/', StringComparison.Ordinal) ? new DateOnly(2024, month, day) : new DateOnly(2024, 10, 31).AddDays(day);
        Assert.Contains($"đến {QcdcBot.Bot.Text.VietnameseWording.DateWithWeekday(expected)}", reply.Text(), StringComparison.Ordinal);
        var request = Assert.Single(await bot.Get<ExtensionRequestStore>().ForDeadlineAsync(deadline.Id));
        Assert.Equal(expected, request.RequestedDate);
        Assert.Equal(reason, request.Reason);
    }

    [Fact]
    public async Task A_length_counts_from_an_extension_already_granted()
    {
        await using var bot = await BotHarness.CreateAsync();
        var deadline = await bot.AssignAsync("Báo cáo sơ kết QCDC trước ngày 31/10/2024");
        var secretary = await bot.RegisterSecretaryAsync("XDGT");
        var first = await bot.SayAsync(secretary, "/giahan 5/11/2024 chờ ký");
        await bot.PressAsync(BotHarness.Admin, first.Proactive[0].Message.Choices[0].Payload);

        var reply = await bot.SayAsync(secretary, "cho em xin thêm 3 ngày nữa");

        Assert.Contains("8/11/2024 (thêm 3 ngày từ hạn hiện tại 5/11/2024)", reply.Text(), StringComparison.Ordinal);
        Assert.Contains(await bot.Get<ExtensionRequestStore>().ForDeadlineAsync(deadline.Id), r => r.RequestedDate == new DateOnly(2024, 11, 8));
    }

    [Theory]
    [InlineData("xin lui han", "1 tuần", 7)]
    [InlineData("em xin gia hạn ạ", "thêm 5 ngày", 5)]
    [InlineData("xin gia han bc 6 thang", "10 ngày", 10)]
    public async Task Without_a_date_or_length_the_bot_asks_until_when_and_takes_a_length_as_the_answer(string text, string answer, int days)
    {
        await using var bot = await BotHarness.CreateAsync();
        var deadline = await bot.AssignAsync("Báo cáo 6 tháng đầu năm trước ngày 31/10/2024");
        var secretary = await bot.RegisterSecretaryAsync("XDGT");

        var asked = await bot.SayAsync(secretary, text);
        var reply = await bot.SayAsync(secretary, answer);

        Assert.Contains("đến ngày nào?", asked.Text(), StringComparison.Ordinal);
        Assert.Contains("Đã gửi đề nghị gia hạn", reply.Text(), StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2024, 10, 31).AddDays(days), Assert.Single(await bot.Get<ExtensionRequestStore>().ForDeadlineAsync(deadline.Id)).RequestedDate);
    }

    [Theory]
    [InlineData("/giahan #{0} 15/11 chờ thủ trưởng ký", "chờ thủ trưởng ký")]
    [InlineData("xin gia hạn #{0} đến 15/11 vì chờ thủ trưởng ký", "chờ thủ trưởng ký")]
    [InlineData("em xin gia hạn việc #{0} tới ngày 15/11, chờ thủ trưởng ký", "chờ thủ trưởng ký")]
    [InlineData("#{0} xin gia han den 14/11 vi chua hop chi bo", "chua hop chi bo")]
    [InlineData("#{0} xin gia hạn đến 20/11 vì chưa họp", "chưa họp")]
    [InlineData("#{0} xin lui han den 14/11 vi cho so lieu", "cho so lieu")]
    [InlineData("#{0} gia han den 5/1/2025 vi cho hop", "cho hop")]
    public async Task The_reason_kept_is_the_person_s_own_words_without_the_request_s(string template, string reason)
    {
        await using var bot = await BotHarness.CreateAsync();
        await bot.AssignAsync("Kế hoạch QCDC trước ngày 30/11/2024");
        var deadline = await bot.AssignAsync("Báo cáo sơ kết QCDC trước ngày 31/10/2024");
        var secretary = await bot.RegisterSecretaryAsync("XDGT");

        var reply = await bot.SayAsync(secretary, string.Format(System.Globalization.CultureInfo.InvariantCulture, template, deadline.Id));

        var request = Assert.Single(await bot.Get<ExtensionRequestStore>().ForDeadlineAsync(deadline.Id));
        Assert.Equal(reason, request.Reason);
        Assert.Contains($"Lý do: {reason}\n", reply.Proactive[0].Message.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_reason_given_after_until_when_leaves_out_the_first_message_s_request_words()
    {
        await using var bot = await BotHarness.CreateAsync();
        var deadline = await bot.AssignAsync("Báo cáo sơ kết QCDC trước ngày 31/10/2024");
        var secretary = await bot.RegisterSecretaryAsync("XDGT");

        await bot.SayAsync(secretary, "Em xin gia hạn ạ");
        var reply = await bot.SayAsync(secretary, "15/11 do chi bộ chưa họp");

        Assert.Equal("chi bộ chưa họp", Assert.Single(await bot.Get<ExtensionRequestStore>().ForDeadlineAsync(deadline.Id)).Reason);
        Assert.Contains("Lý do: chi bộ chưa họp\n", reply.Proactive[0].Message.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_two_open_deadlines_the_question_repeats_the_length_and_it_counts_from_the_one_chosen()
    {
        await using var bot = await BotHarness.CreateAsync();
        await bot.AssignAsync("Kế hoạch QCDC trước ngày 30/11/2024");
        var report = await bot.AssignAsync("Báo cáo sơ kết QCDC trước ngày 31/10/2024");
        var secretary = await bot.RegisterSecretaryAsync("XDGT");

        var asked = await bot.SayAsync(secretary, "xin lùi hạn 2 tuần ạ");
        var reply = await bot.SayAsync(secretary, report.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));

        Assert.Contains("Xin gia hạn thêm 2 tuần (tính từ hạn của việc đó) cho việc nào?", asked.Text(), StringComparison.Ordinal);
        Assert.Contains("14/11/2024 (thêm 2 tuần từ hạn hiện tại 31/10/2024)", reply.Text(), StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2024, 11, 14), Assert.Single(await bot.Get<ExtensionRequestStore>().ForDeadlineAsync(report.Id)).RequestedDate);
    }

    [Theory]
    [InlineData("xin gia hạn đến thứ 6 tuần sau vì chờ họp chi bộ")]
    [InlineData("xin gia han den thu sau tuan sau nua vi cho hop")]
    [InlineData("gia han toi thu 3 tuan sau nhe")]
    public async Task A_weekday_of_next_week_is_never_read_as_that_many_weeks(string text)
    {
        await using var bot = await BotHarness.CreateAsync();
        var deadline = await bot.AssignAsync("Báo cáo sơ kết QCDC trước ngày 31/10/2024");
        var secretary = await bot.RegisterSecretaryAsync("XDGT");

        var reply = await bot.SayAsync(secretary, text);

        // "thứ 6 tuần sau" is a day, not "6 tuần": nothing goes to the office with a date weeks out.
        Assert.DoesNotContain(await bot.Get<ExtensionRequestStore>().ForDeadlineAsync(deadline.Id),
            r => r.RequestedDate >= new DateOnly(2024, 10, 31).AddDays(14));
        Assert.DoesNotContain("tuần từ hạn", reply.Text(), StringComparison.Ordinal);
    }
}
