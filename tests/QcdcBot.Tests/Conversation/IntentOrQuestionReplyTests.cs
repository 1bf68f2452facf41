using QcdcBot.Storage.Statuses;

namespace QcdcBot.Tests.Conversation;

/// <summary>
/// A "rồi" that closes an intent or an "if" ("em chuẩn bị gửi bản giấy rồi", "định gửi … rồi nhưng sếp chưa ký", "nếu gửi bản
/// giấy rồi thì …") and a question typed without "?" ("… thì có cần gửi mail nữa không ạ") say nothing was sent: nothing is
/// recorded, the office is not told, the reminders do not pause. A claim beside them still is.
/// </summary>
public sealed class IntentOrQuestionReplyTests
{
    [Theory]
    [InlineData("bc nhanh em chuan bi gui ban giay roi")]
    [InlineData("Báo cáo nhanh em chuẩn bị gửi qua email rồi ạ")]
    [InlineData("bc nhanh em dinh gui ban giay roi nhung sep chua ky")]
    [InlineData("em định gửi ioffice rồi mà mạng lỗi ạ")]
    [InlineData("bc nhanh neu gui ban giay roi thi co phai gui lai qua bot ko a")]
    [InlineData("bc nhanh gui ban giay thi co can gui mail nua khong a")]
    [InlineData("bên em gửi bản giấy thì có phải gửi qua ioffice không chị")]
    [InlineData("bc nhanh gui qua email co duoc khong a")]
    public async Task An_intent_an_if_or_a_question_without_a_question_mark_records_no_claim_and_tells_the_office_nothing(string said)
    {
        await using var bot = await BotHarness.CreateAsync();
        await bot.AssignAsync("Báo cáo nhanh tình hình trước ngày 30/10/2024 cho SYT, CTK");
        var secretary = await bot.RegisterSecretaryAsync("CTK");

        var reply = await bot.SayAsync(secretary, said);

        Assert.DoesNotContain("Đã ghi nhận", reply.Text(), StringComparison.Ordinal);
        Assert.DoesNotContain(reply.Proactive, p => p.To.ChatId == BotHarness.Admin);
        Assert.Empty(await bot.Get<StatusNoteStore>().ForUnitAsync((await bot.UnitAsync("CTK")).Id));
    }

    [Theory]
    [InlineData("em dinh kem file, da gui ban giay roi a", nameof(StatusState.SentOnPaper))]
    [InlineData("em gui ban giay roi, co can gui mail nua khong a", nameof(StatusState.SentOnPaper))]
    [InlineData("bc nhanh em dinh gui email nhung loi nen da gui ban giay roi", nameof(StatusState.SentOnPaper))]
    public async Task A_claim_beside_an_intent_or_a_question_is_still_recorded(string said, string state)
    {
        await using var bot = await BotHarness.CreateAsync();
        await bot.AssignAsync("Báo cáo nhanh tình hình trước ngày 30/10/2024 cho SYT, CTK");
        var secretary = await bot.RegisterSecretaryAsync("SYT");

        await bot.SayAsync(secretary, said);

        Assert.Equal(Enum.Parse<StatusState>(state), Assert.Single(await bot.Get<StatusNoteStore>().ForUnitAsync((await bot.UnitAsync("SYT")).Id)).State);
    }
}
