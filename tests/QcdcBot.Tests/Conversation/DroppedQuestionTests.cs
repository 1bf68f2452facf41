using QcdcBot.Storage.Deadlines;

namespace QcdcBot.Tests.Conversation;

/// <summary>A question left for another message is named as dropped, with nothing done, never lost without a word.</summary>
public sealed class DroppedQuestionTests
{
    [Fact]
    public async Task A_unit_choice_left_for_another_giao_is_named_and_nothing_is_created_from_it()
    {
        await using var bot = await BotHarness.CreateAsync();

        await bot.SayAsync(BotHarness.Admin, "/giao Báo cáo chuyên đề trước 25/11/2024 cho Ngân hàng, Sở Y tế");
        var next = await bot.SayAsync(BotHarness.Admin, "/giao Kế hoạch tuyên truyền QCDC năm 2025 trước ngày 15/11/2024");

        Assert.StartsWith("Lưu ý: câu hỏi trước (\"Ngân hàng\" khớp với nhiều đơn vị", next.Replies[0].Text, StringComparison.Ordinal);
        var created = Assert.Single(await bot.Get<DeadlineStore>().ListAsync(includeClosed: true));
        Assert.StartsWith("Kế hoạch tuyên truyền", created.Title, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_approval_left_for_another_approval_is_named_and_stays_pending()
    {
        await using var bot = await BotHarness.CreateAsync();
        await bot.AssignAsync("Báo cáo sơ kết QCDC trước ngày 31/10/2024");
        var first = await bot.SayAsync(await bot.RegisterSecretaryAsync("CTK"), "/giahan 6/11/2024 chờ họp");
        var second = await bot.SayAsync(await bot.RegisterSecretaryAsync("NHNN"), "/giahan 7/11/2024 chờ ký");

        var asked = (await bot.SayAsync(BotHarness.Admin, first.Proactive[0].Message.Choices[0].Payload)).Text();
        var next = await bot.SayAsync(BotHarness.Admin, second.Proactive[0].Message.Choices[0].Payload);

        Assert.Contains("Đồng ý đề nghị", asked, StringComparison.Ordinal);
        Assert.Contains("Lưu ý: câu hỏi trước (đồng ý đề nghị", next.Replies[0].Text, StringComparison.Ordinal);
        Assert.Contains("CTK", next.Replies[0].Text, StringComparison.Ordinal);
        Assert.Contains("Đồng ý đề nghị", next.Last().Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_this_year_or_next_question_left_for_a_list_is_named_and_the_date_stays()
    {
        await using var bot = await BotHarness.CreateAsync();
        var deadline = await bot.AssignAsync("Báo cáo sơ kết QCDC trước ngày 31/10/2024");

        var asked = (await bot.SayAsync(BotHarness.Admin, $"/suahan #{deadline.Id} truoc 15/10")).Text();
        var next = await bot.SayAsync(BotHarness.Admin, "/hanchot");

        Assert.Contains("đã qua", asked, StringComparison.Ordinal);
        Assert.Contains("Lưu ý: câu hỏi trước", next.Replies[0].Text, StringComparison.Ordinal);
        Assert.Contains("Các việc đã giao", next.Last().Text, StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2024, 10, 31), (await bot.Get<DeadlineStore>().GetAsync(deadline.Id))!.DueDate);
    }
}
