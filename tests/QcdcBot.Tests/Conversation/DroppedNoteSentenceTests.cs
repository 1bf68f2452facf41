namespace QcdcBot.Tests.Conversation;

/// <summary>
/// A question left for another message is named in one clean sentence: the question briefly in brackets, that nothing
/// was done, and what to type if it is still wanted; never the question's own text pasted in with its "?".
/// </summary>
public sealed class DroppedNoteSentenceTests
{
    [Fact]
    public async Task A_day_off_offer_left_for_a_list_is_one_sentence_with_the_command_to_move_it()
    {
        await using var bot = await BotHarness.CreateAsync();
        await bot.SayAsync(BotHarness.Admin, "/giao Kế hoạch tự kiểm tra QCDC trước 27/10/2024 cho NHNN");
        var deadline = Assert.Single(await bot.Get<QcdcBot.Storage.Deadlines.DeadlineStore>().ListAsync(includeClosed: true));

        var note = (await bot.SayAsync(BotHarness.Admin, "/hanchot")).Replies[0].Text;

        Assert.Equal($"Lưu ý: câu hỏi trước (dời hạn việc #{deadline.Id} sang 25/10/2024) chưa được trả lời nên chưa đổi gì — nếu vẫn cần, gõ: /suahan #{deadline.Id} trước 25/10/2024 xác nhận", note);
    }

    [Fact]
    public async Task A_which_deadline_question_left_for_another_message_is_named_briefly()
    {
        await using var bot = await BotHarness.CreateAsync();
        await bot.AssignAsync("Báo cáo sơ kết QCDC trước ngày 31/10/2024");
        await bot.AssignAsync("Kế hoạch tuyên truyền QCDC năm 2025 trước ngày 15/11/2024");
        var secretary = await bot.RegisterSecretaryAsync("VNPT");
        await bot.SayAsync(secretary, "em gui ban cung roi");

        var note = (await bot.SayAsync(secretary, "/viec")).Replies[0].Text;

        Assert.Equal("Lưu ý: câu hỏi trước (ghi nhận \"đã gửi bản giấy\" cho việc nào) chưa được trả lời nên bot chưa làm gì theo nó — gõ lại lệnh nếu vẫn cần.", note);
    }

    [Fact]
    public async Task An_until_when_question_left_for_another_message_is_named_briefly()
    {
        await using var bot = await BotHarness.CreateAsync();
        await bot.AssignAsync("Báo cáo sơ kết QCDC trước ngày 31/10/2024");
        var secretary = await bot.RegisterSecretaryAsync("CTK");
        await bot.SayAsync(secretary, "xin lùi hạn");

        // A command that only shows something (/viec) keeps the question (ExtensionQuestionKeptTests); another drops it.
        var note = (await bot.SayAsync(secretary, "/khongco")).Replies[0].Text;

        Assert.Equal("Lưu ý: câu hỏi trước (xin gia hạn việc #1 đến ngày nào) chưa được trả lời nên bot chưa gửi đề nghị gia hạn nào — nếu vẫn cần, gõ: /giahan #1 <ngày> <lý do>.", note);
    }

    [Fact]
    public async Task A_question_with_brackets_of_its_own_is_named_without_nesting_them()
    {
        await using var bot = await BotHarness.CreateAsync();
        await bot.AssignAsync("Báo cáo sơ kết QCDC trước ngày 31/10/2024");
        await bot.AssignAsync("Kế hoạch tuyên truyền QCDC năm 2025 trước ngày 15/11/2024");
        var secretary = await bot.RegisterSecretaryAsync("CTK");
        await bot.SayAsync(secretary, "/giahan them 1 tuan");

        var note = (await bot.SayAsync(secretary, "/viec")).Replies[0].Text;

        Assert.Equal("Lưu ý: câu hỏi trước (xin gia hạn thêm 1 tuần cho việc nào) chưa được trả lời nên bot chưa làm gì theo nó — gõ lại lệnh nếu vẫn cần.", note);
    }

    [Theory]
    [InlineData("thoát")]
    [InlineData("0")]
    [InlineData("huỷ bỏ")]
    public async Task Every_back_out_word_leaves_the_until_when_question(string no)
    {
        await using var bot = await BotHarness.CreateAsync();
        await bot.AssignAsync("Báo cáo sơ kết QCDC trước ngày 31/10/2024");
        var secretary = await bot.RegisterSecretaryAsync("CTK");
        var before = await bot.SnapshotAsync();
        await bot.SayAsync(secretary, "/giahan");

        var reply = (await bot.SayAsync(secretary, no)).Text();

        Assert.Equal(Bot.Conversation.Confirmation.Declined, reply);
        Assert.Equal(before.Extensions, (await bot.SnapshotAsync()).Extensions);
    }
}
