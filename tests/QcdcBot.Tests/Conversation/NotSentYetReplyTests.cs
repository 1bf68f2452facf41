using QcdcBot.Storage.Statuses;

namespace QcdcBot.Tests.Conversation;

/// <summary>
/// "Chưa gửi" is not "đã gửi": a unit saying it has not sent (yet) on paper, by iOffice or by e-mail is never recorded
/// as having sent, the office is not told to look for it, and its reminders do not pause; "đang làm" said with it counts.
/// </summary>
public sealed class NotSentYetReplyTests
{
    [Theory]
    [InlineData("em chưa gửi bản giấy đâu ạ")]
    [InlineData("chua gui qua ioffice duoc do loi mang a")]
    [InlineData("mai em gui email a")]
    [InlineData("bên em chưa có gửi bản cứng")]
    [InlineData("khong nop ban giay duoc vi lanh dao di vang")]
    public async Task A_reply_saying_it_has_not_sent_records_no_claim_and_tells_the_office_nothing(string said)
    {
        await using var bot = await BotHarness.CreateAsync();
        await bot.AssignAsync("Báo cáo nhanh tình hình trước ngày 30/10/2024 cho SYT, NHNN");
        var secretary = await bot.RegisterSecretaryAsync("SYT");

        var reply = await bot.SayAsync(secretary, said);

        Assert.DoesNotContain("Đã ghi nhận", reply.Text(), StringComparison.Ordinal);
        Assert.DoesNotContain(reply.Proactive, p => p.To.ChatId == BotHarness.Admin);
        Assert.Empty(await bot.Get<StatusNoteStore>().ForUnitAsync((await bot.UnitAsync("SYT")).Id));
    }

    [Fact]
    public async Task Not_sent_by_email_but_in_progress_is_recorded_as_in_progress()
    {
        await using var bot = await BotHarness.CreateAsync();
        var deadline = await bot.AssignAsync("Kế hoạch QCDC năm 2025 trước ngày 30/10/2024 cho BDVTU, NHNN");
        var secretary = await bot.RegisterSecretaryAsync("BDVTU");

        await bot.SayAsync(secretary, "chưa gửi mail được, bên em đang làm ạ");

        var note = Assert.Single(await bot.Get<StatusNoteStore>().ForUnitAsync((await bot.UnitAsync("BDVTU")).Id));
        Assert.Equal((StatusState.InProgress, deadline.Id), (note.State, note.DeadlineId));
    }
}
