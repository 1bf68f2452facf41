using QcdcBot.Bot.Channels;
using QcdcBot.Bot.Conversation;
using QcdcBot.Bot.Conversation.State;

namespace QcdcBot.Tests.Conversation;

/// <summary>An open question is never silently lost to another question, nor a typed number both take given to either.</summary>
public sealed class QuestionReplacedTests
{
    [Fact]
    public async Task A_day_off_offer_replaced_by_the_duplicate_question_is_named_as_unanswered()
    {
        await using var bot = await BotHarness.CreateAsync();
        var deadline = await bot.AssignAsync("Báo cáo sơ kết công tác dân vận trước ngày 27/10/2024", leaveDayOffOpen: true);

        var duplicate = (await bot.SayAsync(BotHarness.Admin, "/giao Bao cao so ket cong tac dan van truoc 27/10/2024")).Text();

        Assert.Contains($"Đã có việc #{deadline.Id}", duplicate, StringComparison.Ordinal);
        Assert.Contains($"câu hỏi trước (dời hạn việc #{deadline.Id} sang 25/10/2024) chưa được trả lời", duplicate, StringComparison.Ordinal);
        Assert.Contains($"/suahan #{deadline.Id} trước 25/10/2024", duplicate, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_number_both_a_reminder_arriving_mid_question_and_the_question_take_writes_nothing()
    {
        await using var bot = await BotHarness.CreateAsync();
        await bot.AssignAsync("Báo cáo sơ kết QCDC trước ngày 31/10/2024");
        var second = await bot.AssignAsync("Kế hoạch tuyên truyền QCDC năm 2025 trước ngày 15/11/2024");
        var secretary = await bot.RegisterSecretaryAsync("VNPT");
        var which = await bot.SayAsync(secretary, "đã gửi bản giấy");
        var reminder = new OutboundMessage("Nhắc việc …") { Choices = [new Choice("Nộp file", "/nopfile"), new Choice("Đang làm", "đang làm")], Shortcuts = true };

        await new TypedChoices(bot.Get<ConversationStateAccessor>()).RememberAsync(new ConversationReference(BotHarness.Channel, secretary, secretary), reminder, CancellationToken.None);
        var answer = (await bot.SayAsync(secretary, "2")).Text();

        // "2" is a choice of both the reminder and the question asked before it: nothing is written, both are named.
        Assert.Contains("cho việc nào", which.Text(), StringComparison.Ordinal);
        Assert.Contains("Số 2 trả lời được cả hai câu hỏi đang chờ, nên bot chưa ghi gì", answer, StringComparison.Ordinal);
        Assert.Contains(second.Title, answer, StringComparison.Ordinal);
        Assert.DoesNotContain("Đã ghi nhận", answer, StringComparison.Ordinal);
    }
}
