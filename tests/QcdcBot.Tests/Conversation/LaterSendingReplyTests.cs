using QcdcBot.Storage.Statuses;

namespace QcdcBot.Tests.Conversation;

/// <summary>
/// A sending said as still to come by a trailing "sau" or "luôn" without "rồi/đã", or by "để em … rồi gửi", is no claim of
/// sending: nothing is recorded, the office is not told, the reminders do not pause. "Chưa có số" is about the paper's
/// number, not its sending; a way named only in a clause still to come is no way said sent.
/// </summary>
public sealed class LaterSendingReplyTests
{
    [Theory]
    [InlineData("bc nhanh de em trinh ky roi gui ban giay sau a")]
    [InlineData("bc nhanh em gui ban giay sau a")]
    [InlineData("bc nhanh em gui ban giay sau nhe chi")]
    [InlineData("Báo cáo nhanh để em trình ký rồi gửi qua iOffice ạ")]
    [InlineData("bc nhanh em gui email luon day a")]
    [InlineData("em sẽ gửi luôn bản giấy ạ")]
    [InlineData("xong em gui ban giay luon")]
    [InlineData("để chiều em gửi bản giấy nhé")]
    [InlineData("chieu em gui mail a")]
    [InlineData("cho em trình ký rồi em gửi bản giấy")]
    public async Task A_sending_said_as_later_records_no_claim_and_tells_the_office_nothing(string said)
    {
        await using var bot = await BotHarness.CreateAsync();
        await bot.AssignAsync("Báo cáo nhanh tình hình trước ngày 30/10/2024 cho SYT, CTK");
        var secretary = await bot.RegisterSecretaryAsync("SYT");

        var reply = await bot.SayAsync(secretary, said);

        Assert.DoesNotContain("Đã ghi nhận", reply.Text(), StringComparison.Ordinal);
        Assert.DoesNotContain(reply.Proactive, p => p.To.ChatId == BotHarness.Admin);
        Assert.Empty(await bot.Get<StatusNoteStore>().ForUnitAsync((await bot.UnitAsync("SYT")).Id));
    }

    [Theory]
    [InlineData("em gui roi, ban giay gui sau a")]
    [InlineData("Em gửi rồi ạ, bản giấy em gửi sau nhé")]
    public async Task Sent_without_a_way_and_the_paper_to_come_records_nothing_and_asks_how_it_was_sent(string said)
    {
        await using var bot = await BotHarness.CreateAsync();
        await bot.AssignAsync("Báo cáo nhanh tình hình trước ngày 30/10/2024 cho SYT, CTK");
        var secretary = await bot.RegisterSecretaryAsync("SYT");

        var reply = await bot.SayAsync(secretary, said);

        Assert.Contains("Bot chưa nhận được bài nộp nào", reply.Text(), StringComparison.Ordinal);
        Assert.DoesNotContain(reply.Proactive, p => p.To.ChatId == BotHarness.Admin);
        Assert.Empty(await bot.Get<StatusNoteStore>().ForUnitAsync((await bot.UnitAsync("SYT")).Id));
    }

    [Theory]
    [InlineData("bc nhanh em gui ban giay roi a", nameof(StatusState.SentOnPaper))]
    [InlineData("da gui qua email", nameof(StatusState.SentByEmail))]
    [InlineData("em gửi qua email rồi, bản giấy gửi sau ạ", nameof(StatusState.SentByEmail))]
    [InlineData("em gửi luôn qua email rồi ạ", nameof(StatusState.SentByEmail))]
    [InlineData("gửi bản giấy, chưa có số", nameof(StatusState.SentOnPaper))]
    [InlineData("da gui ban giay roi, chua vao so a", nameof(StatusState.SentOnPaper))]
    [InlineData("em gui qua ioffice roi, chua co so van ban", nameof(StatusState.SentViaIOffice))]
    [InlineData("bc nhanh chieu nay em moi gui mail duoc a", nameof(StatusState.SentByEmail))]
    [InlineData("Báo cáo nhanh sáng nay em gửi được qua iOffice ạ", nameof(StatusState.SentViaIOffice))]
    [InlineData("bc nhanh hom qua em moi nop duoc ban giay a", nameof(StatusState.SentOnPaper))]
    [InlineData("bc nhanh thu 2 vua roi em gui qua ioffice", nameof(StatusState.SentViaIOffice))]
    [InlineData("bc nhanh hom thu 6 em gui ban giay roi a", nameof(StatusState.SentOnPaper))]
    [InlineData("bc nhanh thứ 2 em gửi qua ioffice rồi", nameof(StatusState.SentViaIOffice))]
    public async Task A_sending_said_done_is_recorded_whatever_is_still_to_come_or_unnumbered(string said, string state)
    {
        await using var bot = await BotHarness.CreateAsync();
        await bot.AssignAsync("Báo cáo nhanh tình hình trước ngày 30/10/2024 cho SYT, CTK");
        var secretary = await bot.RegisterSecretaryAsync("SYT");

        var reply = await bot.SayAsync(secretary, said);

        Assert.Contains("Đã ghi nhận", reply.Text(), StringComparison.Ordinal);
        Assert.Contains(reply.Proactive, p => p.To.ChatId == BotHarness.Admin);
        Assert.Equal(Enum.Parse<StatusState>(state), Assert.Single(await bot.Get<StatusNoteStore>().ForUnitAsync((await bot.UnitAsync("SYT")).Id)).State);
    }
}
