using QcdcBot.Storage.Statuses;

namespace QcdcBot.Tests.Conversation;

/// <summary>The everyday ways a secretary says "already sent", and "sent by email".</summary>
public sealed class AlreadySentTests
{
    [Theory]
    [InlineData("dv nop roi a")]
    [InlineData("Em đã gửi báo cáo rồi ạ")]
    [InlineData("chi bo gui xong roi")]
    [InlineData("đã nộp mà")]
    public async Task Already_sent_without_saying_how_is_understood_and_asks_how_when_nothing_arrived(string text)
    {
        await using var bot = await BotHarness.CreateAsync();
        await bot.AssignAsync("Báo cáo tự kiểm tra QCDC trước ngày 25/10/2024");
        var secretary = await bot.RegisterSecretaryAsync("CTK");

        var reply = await bot.SayAsync(secretary, text);

        Assert.DoesNotContain("chưa hiểu", reply.Text(), StringComparison.Ordinal);
        Assert.Contains("Bot chưa nhận được bài nộp nào", reply.Text(), StringComparison.Ordinal);
        Assert.Contains("đã gửi qua email", reply.Text(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("em da gui qua mail roi a")]
    [InlineData("Đã gửi vào hộp thư của Ban hôm qua")]
    [InlineData("gửi gmail rồi nhé")]
    public async Task Sent_by_email_is_recorded_and_the_admins_are_asked_to_check_and_record_it(string text)
    {
        await using var bot = await BotHarness.CreateAsync();
        var deadline = await bot.AssignAsync("Báo cáo tự kiểm tra QCDC trước ngày 25/10/2024");
        var secretary = await bot.RegisterSecretaryAsync("CTK");

        var reply = await bot.SayAsync(secretary, text);

        Assert.Contains("đã gửi qua email", reply.Text(), StringComparison.Ordinal);
        Assert.Equal(StatusState.SentByEmail, Assert.Single(await bot.Get<StatusNoteStore>().ForUnitAsync((await bot.UnitAsync("CTK")).Id)).State);
        Assert.Contains($"/ghinhan CTK #{deadline.Id}", Assert.Single(reply.Proactive).Message.Text, StringComparison.Ordinal);
        Assert.Contains("1 đã gửi qua email", (await bot.SayAsync(BotHarness.Admin, "/tinhhinh")).Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Paper_and_iOffice_replies_are_also_reported_to_the_admins()
    {
        await using var bot = await BotHarness.CreateAsync();
        await bot.AssignAsync("Báo cáo tự kiểm tra QCDC trước ngày 25/10/2024");
        var secretary = await bot.RegisterSecretaryAsync("CTK");

        var reply = await bot.SayAsync(secretary, "da chuyen ban cung qua van thu");

        Assert.Contains("đã gửi bản giấy", Assert.Single(reply.Proactive).Message.Text, StringComparison.Ordinal);
    }
}
