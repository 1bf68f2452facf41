using QcdcBot.Storage.Deadlines;

namespace QcdcBot.Tests.Conversation;

/// <summary>
/// An extension is asked for and granted only to dates that can stand: never a date already past, never a deadline
/// whose own due date is already as late, and an approval to a day off offers the working day before it.
/// </summary>
public sealed class ExtensionDateLimitsTests
{
    [Theory]
    [InlineData("xin gia han toi 20/11/2026 vi cho ky")]
    [InlineData("/giahan 28/11/2026 đang chờ họp chi bộ")]
    [InlineData("cho em thêm 3 ngày ạ, chưa đủ số liệu")]
    public async Task A_request_to_a_date_already_past_is_refused_and_nothing_reaches_the_office(string request)
    {
        await using var bot = await BotHarness.CreateAsync(new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.FromHours(7)));
        await bot.AssignAsync("Báo cáo tổng kết công tác dân vận năm 2026 trước ngày 25/11/2026 cho NHNN");
        var secretary = await bot.RegisterSecretaryAsync("NHNN");
        bot.SetLocalTime(2026, 12, 1, 9, 0);

        var reply = await bot.SayAsync(secretary, request);

        Assert.Contains("đã qua (hôm nay là 1/12/2026)", reply.Text(), StringComparison.Ordinal);
        Assert.Empty(reply.Proactive);
        Assert.Equal(0, await bot.CountAsync("extension_requests"));
    }

    [Fact]
    public async Task Only_the_deadlines_the_date_would_extend_are_offered()
    {
        await using var bot = await BotHarness.CreateAsync();
        var early = await bot.AssignAsync("Báo cáo sơ kết dân vận khéo trước ngày 25/10/2024 cho CTK");
        var later = await bot.AssignAsync("Kế hoạch tuyên truyền bầu cử trước ngày 8/11/2024 cho CTK");
        var secretary = await bot.RegisterSecretaryAsync("CTK");

        var asked = await bot.SayAsync(secretary, "/giahan 31/10/2024 đang chờ ký");

        var payloads = asked.Last().Choices.Select(c => c.Payload).ToList();
        Assert.Contains(payloads, p => p.Contains(early.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));
        Assert.DoesNotContain(asked.Text(), $"#{later.Id} ", StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_date_no_open_deadline_would_extend_is_refused_with_the_reason()
    {
        await using var bot = await BotHarness.CreateAsync();
        await bot.AssignAsync("Báo cáo sơ kết dân vận khéo trước ngày 8/11/2024 cho CTK");
        await bot.AssignAsync("Kế hoạch tuyên truyền bầu cử trước ngày 15/11/2024 cho CTK");
        var secretary = await bot.RegisterSecretaryAsync("CTK");

        var reply = await bot.SayAsync(secretary, "xin lùi hạn đến 1/11/2024 do chờ họp");

        Assert.Contains("không sau hạn hiện tại của việc nào", reply.Text(), StringComparison.Ordinal);
        Assert.Equal(0, await bot.CountAsync("extension_requests"));
    }

    [Theory]
    [InlineData("/duyet 1 2/11/2024", "dời")]
    [InlineData("/duyet #1 3/11/2024", "1")]
    public async Task Approving_to_a_typed_day_off_names_that_date_and_one_word_moves_it_to_the_working_day_before(string approval, string answer)
    {
        await using var bot = await BotHarness.CreateAsync();
        var deadline = await bot.AssignAsync("Báo cáo sơ kết dân vận khéo trước ngày 25/10/2024 cho CTK");
        var secretary = await bot.RegisterSecretaryAsync("CTK");
        await bot.SayAsync(secretary, "/giahan 31/10/2024 đang chờ ký");

        var asked = await bot.SayAsync(BotHarness.Admin, approval);
        var done = await bot.SayAsync(BotHarness.Admin, answer);

        var typed = approval.Split(' ')[^1];
        Assert.Contains($"{typed} (ngày bạn ghi; đơn vị xin đến Thứ Năm, 31/10/2024)", asked.Text(), StringComparison.Ordinal);
        Assert.Contains($"Lưu ý: {typed} là ngày nghỉ", asked.Text(), StringComparison.Ordinal);
        Assert.Equal("Dời sang Thứ Sáu, 1/11/2024", asked.Last().Choices[0].Label);
        Assert.Contains("Đã đồng ý đề nghị số 1", done.Text(), StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2024, 11, 1), (await bot.Get<DeadlineStore>().OverridesAsync(deadline.Id))[(await bot.UnitAsync("CTK")).Id]);
    }
}
