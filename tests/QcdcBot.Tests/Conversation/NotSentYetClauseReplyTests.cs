using QcdcBot.Storage.Statuses;

namespace QcdcBot.Tests.Conversation;

/// <summary>
/// "Chưa gửi" in one clause and the way of sending in another ("e chua gui, tuan sau gui ban giay"), a sending still to
/// come ("gửi bản giấy ngày mai", "xong em gửi"), a "rồi" closing an intent or an "if" ("em chuẩn bị gửi bản giấy rồi",
/// "nếu gửi bản giấy rồi thì …"), or a question, with or without "?" ("em gửi bản giấy chưa ạ?", "… có cần gửi mail nữa
/// không ạ") is no claim of sending:
/// nothing is recorded, the office is not told, the reminders do not pause; a unit's own claim can be taken back.
/// </summary>
public sealed class NotSentYetClauseReplyTests
{
    [Theory]
    [InlineData("bc nhanh e chua gui, tuan sau gui ban giay a")]
    [InlineData("Báo cáo nhanh em chưa gửi, tuần sau gửi bản giấy ạ")]
    [InlineData("bc nhanh em van chua gui giay dau, tuan sau moi gui a")]
    [InlineData("bc nhanh em dinh gui email nhung chua xong")]
    [InlineData("Em định gửi qua email nhưng chưa xong ạ")]
    [InlineData("bc nhanh em gui ban giay ngay mai a")]
    [InlineData("em gửi bản giấy vào tuần sau ạ")]
    [InlineData("bc nhanh dang xin chu ky, xong em gui ban giay")]
    [InlineData("đang trình ký, ký xong em gửi qua ioffice")]
    [InlineData("bc nhanh em gui ban giay chua a?")]
    [InlineData("bên em gửi email rồi chưa ạ")]
    [InlineData("bc nhanh em chuan bi gui ban giay roi")]
    [InlineData("Báo cáo nhanh em chuẩn bị gửi qua email rồi ạ")]
    [InlineData("bc nhanh em dinh gui ban giay roi nhung sep chua ky")]
    [InlineData("em định gửi ioffice rồi mà mạng lỗi ạ")]
    [InlineData("bc nhanh neu gui ban giay roi thi co phai gui lai qua bot ko a")]
    [InlineData("bc nhanh gui ban giay thi co can gui mail nua khong a")]
    [InlineData("bên em gửi bản giấy thì có phải gửi qua ioffice không chị")]
    [InlineData("bc nhanh gui qua email co duoc khong a")]
    public async Task A_reply_not_sent_in_another_clause_planned_or_asked_records_no_claim_and_tells_the_office_nothing(string said)
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
    [InlineData("chưa gửi được email nên đã gửi bản giấy ạ", nameof(StatusState.SentOnPaper))]
    [InlineData("ioffice loi, em gui ban giay roi a", nameof(StatusState.SentOnPaper))]
    [InlineData("khong gui ban giay duoc nen da gui qua email a", nameof(StatusState.SentByEmail))]
    [InlineData("em dinh kem file, da gui ban giay roi a", nameof(StatusState.SentOnPaper))]
    [InlineData("em gui ban giay roi, co can gui mail nua khong a", nameof(StatusState.SentOnPaper))]
    [InlineData("bc nhanh em dinh gui email nhung loi nen da gui ban giay roi", nameof(StatusState.SentOnPaper))]
    public async Task A_way_said_sent_beside_one_not_sent_is_the_one_recorded(string said, string state)
    {
        await using var bot = await BotHarness.CreateAsync();
        await bot.AssignAsync("Báo cáo nhanh tình hình trước ngày 30/10/2024 cho SYT, CTK");
        var secretary = await bot.RegisterSecretaryAsync("SYT");

        await bot.SayAsync(secretary, said);

        Assert.Equal(Enum.Parse<StatusState>(state), Assert.Single(await bot.Get<StatusNoteStore>().ForUnitAsync((await bot.UnitAsync("SYT")).Id)).State);
    }

    [Fact]
    public async Task A_claim_said_unsent_afterwards_is_named_with_how_to_take_it_back_and_taken_back_on_in_progress()
    {
        await using var bot = await BotHarness.CreateAsync();
        var deadline = await bot.AssignAsync("Báo cáo nhanh tình hình trước ngày 30/10/2024 cho BDVTU, CTK");
        var secretary = await bot.RegisterSecretaryAsync("BDVTU");
        await bot.SayAsync(secretary, "bc nhanh em gui ban giay roi a");

        var mistake = await bot.SayAsync(secretary, "em nham, chua gui dau a");

        Assert.Contains("đã gửi bản giấy", mistake.Text(), StringComparison.Ordinal);
        Assert.Contains($"\"đang làm #{deadline.Id}\"", mistake.Text(), StringComparison.Ordinal);
        Assert.DoesNotContain(mistake.Proactive, p => p.To.ChatId == BotHarness.Admin);

        var taken = await bot.SayAsync(secretary, $"đang làm #{deadline.Id}");

        Assert.Contains(taken.Proactive, p => p.To.ChatId == BotHarness.Admin && p.Message.Text.Contains("rút báo", StringComparison.Ordinal));
        Assert.Equal(StatusState.InProgress, (await bot.Get<StatusNoteStore>().ForUnitAsync((await bot.UnitAsync("BDVTU")).Id))[^1].State);
    }
}
