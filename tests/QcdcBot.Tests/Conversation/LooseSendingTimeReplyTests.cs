using QcdcBot.Storage.Statuses;

namespace QcdcBot.Tests.Conversation;

/// <summary>
/// A sending said loosely with its time: "chiều nay em mới gửi mail được", "hôm thứ 6 em gửi bản giấy rồi", "thứ 2 vừa rồi em gửi
/// qua ioffice" are claims, recorded (or asked which deadline) as "em đã gửi qua email" is; a day ahead before the verb without
/// "rồi/đã" ("thứ 2 em gửi qua ioffice", "t6 em gửi", "cuối tuần em gửi") is a sending to come: nothing recorded, the office
/// not told, and the reply says how to say it if the paper was sent already (past ones with the deadline named are recorded:
/// LaterSendingReplyTests' "said done" theory).
/// </summary>
public sealed class LooseSendingTimeReplyTests
{
    [Theory]
    [InlineData("chiều nay em mới gửi mail được ạ", "đã gửi qua email")]
    [InlineData("hom thu 6 em gui ban giay roi", "đã gửi bản giấy")]
    public async Task A_past_sending_said_loosely_without_the_deadline_asks_which(string said, string described)
    {
        await using var bot = await BotHarness.CreateAsync();
        await bot.AssignAsync("Báo cáo nhanh tình hình trước ngày 30/10/2024 cho SYT, CTK");
        await bot.AssignAsync("Kế hoạch thực hiện QCDC năm 2025 trước ngày 30/10/2024 cho SYT, CTK");
        var secretary = await bot.RegisterSecretaryAsync("SYT");

        var reply = await bot.SayAsync(secretary, said);

        Assert.Contains($"Ghi nhận \"{described}\" cho việc nào?", reply.Text(), StringComparison.Ordinal);
        Assert.DoesNotContain("chưa hiểu", reply.Text(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("thứ 2 em gửi qua ioffice", "đã gửi qua iOffice rồi")]
    [InlineData("bc nhanh thu 2 em gui qua ioffice", "đã gửi qua iOffice rồi")]
    [InlineData("t6 em gửi bản giấy ạ", "đã gửi bản giấy rồi")]
    [InlineData("cuối tuần em gửi bản giấy", "đã gửi bản giấy rồi")]
    [InlineData("chu nhat em gui email nhe", "đã gửi qua email rồi")]
    [InlineData("mai em gửi bản giấy", "đã gửi bản giấy rồi")]
    public async Task A_day_ahead_before_the_sending_records_nothing_and_says_how_to_report_it_sent(string said, string hint)
    {
        await using var bot = await BotHarness.CreateAsync();
        await bot.AssignAsync("Báo cáo nhanh tình hình trước ngày 30/10/2024 cho SYT, CTK");
        var secretary = await bot.RegisterSecretaryAsync("SYT");

        var reply = await bot.SayAsync(secretary, said);

        Assert.Contains("chưa gửi mà sẽ gửi sau", reply.Text(), StringComparison.Ordinal);
        Assert.Contains($"\"{hint}\"", reply.Text(), StringComparison.Ordinal);
        Assert.DoesNotContain(reply.Proactive, p => p.To.ChatId == BotHarness.Admin);
        Assert.Empty(await bot.Get<StatusNoteStore>().ForUnitAsync((await bot.UnitAsync("SYT")).Id));
    }
}
