using QcdcBot.Bot.Channels;
using QcdcBot.Bot.Conversation;
using QcdcBot.Bot.Conversation.State;
using QcdcBot.Storage.Statuses;

namespace QcdcBot.Tests.Conversation;

/// <summary>
/// "2" (Không chấp nhận) under a unit's "không có nội dung phát sinh" notice is the number an office used to
/// "2 = Không" types for "not now": the refusal is told to the unit with no undo, so it names the unit and asks once,
/// and a second "2" or "không" there writes and sends nothing.
/// </summary>
public sealed class ExcuseRefusalByNumberTests
{
    [Theory]
    [InlineData("2")]
    [InlineData("khong")]
    [InlineData("0")]
    public async Task Two_under_the_claim_notice_names_the_unit_and_asks_before_refusing(string second)
    {
        await using var bot = await BotHarness.CreateAsync();
        var deadline = await bot.AssignAsync("Kế hoạch thực hiện QCDC năm 2025 trước ngày 25/11/2024 cho SYT");
        var secretary = await bot.RegisterSecretaryAsync("SYT");
        var claim = await bot.SayAsync(secretary, "kh 2025 ben em khong phat sinh noi dung gi");
        await new TypedChoices(bot.Get<ConversationStateAccessor>()).RememberAsync(
            new ConversationReference(BotHarness.Channel, BotHarness.Admin, BotHarness.Admin), claim.Proactive.First(p => p.To.ChatId == BotHarness.Admin).Message, CancellationToken.None);

        var asked = await bot.SayAsync(BotHarness.Admin, "2");

        Assert.Contains("Không chấp nhận báo \"không có nội dung phát sinh\" số ", asked.Text(), StringComparison.Ordinal);
        Assert.Contains("(SYT)", asked.Text(), StringComparison.Ordinal);
        Assert.Contains($"việc #{deadline.Id}", asked.Text(), StringComparison.Ordinal);
        Assert.Empty(asked.Proactive);
        var note = Assert.Single(await bot.Get<StatusNoteStore>().ForUnitAsync((await bot.UnitAsync("SYT")).Id));
        Assert.Null(note.AcceptedBy);

        // "2" (Không) or "không" there does nothing; a "2" so soon after the first may be a double tap, and is held as one.
        var kept = await bot.SayAsync(BotHarness.Admin, second);
        Assert.DoesNotContain("Đã báo", kept.Text(), StringComparison.Ordinal);
        Assert.Empty(kept.Proactive);
        Assert.Null(Assert.Single(await bot.Get<StatusNoteStore>().ForUnitAsync((await bot.UnitAsync("SYT")).Id)).AcceptedBy);

        // Asked again and answered "1": refused, and only then is the unit told.
        await bot.SayAsync(BotHarness.Admin, $"/khongchapnhan {note.Id}");
        var refused = await bot.SayAsync(BotHarness.Admin, "1");
        Assert.Contains("vẫn phải nộp", refused.Text(), StringComparison.Ordinal);
        Assert.Single(refused.Proactive, p => p.To.ChatId == secretary);
    }
}
