namespace QcdcBot.Tests.Conversation;

/// <summary>/suahan tells every unit in scope the new date, once, and the admin which approved extensions it now covers.</summary>
public sealed class DueDateChangeNoticeTests
{
    [Fact]
    public async Task Suahan_names_the_extensions_the_new_date_covers_and_tells_each_unit_the_new_date()
    {
        await using var bot = await BotHarness.CreateAsync();
        var deadline = await bot.AssignAsync("Báo cáo sơ kết QCDC trước ngày 31/10/2024");
        var extended = await bot.RegisterSecretaryAsync("CTK");
        var other = await bot.RegisterSecretaryAsync("SKHDT");
        var asked = await bot.SayAsync(extended, "/giahan 5/11/2024 chờ ký");
        await bot.PressAsync(BotHarness.Admin, asked.Proactive[0].Message.Choices[0].Payload);

        var moved = await bot.SayAsync(BotHarness.Admin, $"/suahan #{deadline.Id} trước 8/11/2024");

        Assert.Contains("Gia hạn đã duyệt nay nằm trong hạn mới (không còn là gia hạn): CTK đến 5/11/2024.", moved.Text(), StringComparison.Ordinal);
        var toExtended = Assert.Single(moved.Proactive, p => p.To.ChatId == extended);
        var toOther = Assert.Single(moved.Proactive, p => p.To.ChatId == other);
        Assert.Contains("31/10/2024 → Thứ Sáu, 8/11/2024", toOther.Message.Text, StringComparison.Ordinal);
        Assert.Contains("đã bao gồm gia hạn đến 5/11/2024", toExtended.Message.Text, StringComparison.Ordinal);
        Assert.Equal(2, moved.Proactive.Count);
    }

    [Theory]
    [InlineData("trước 8/11/2024", "trước 29/10/2024")]
    [InlineData("hạn mới 6/11/2024", "sang 28/10/2024")]
    public async Task An_extension_a_later_date_covered_stands_again_when_the_date_comes_back_before_it(string later, string earlier)
    {
        await using var bot = await BotHarness.CreateAsync();
        var deadline = await bot.AssignAsync("Báo cáo sơ kết QCDC trước ngày 25/10/2024 cho CTK, SKHDT");
        var extended = await bot.RegisterSecretaryAsync("CTK");
        var asked = await bot.SayAsync(extended, "/giahan 5/11/2024 chờ ký");
        await bot.PressAsync(BotHarness.Admin, asked.Proactive[0].Message.Choices[0].Payload);
        await bot.SayConfirmedAsync(BotHarness.Admin, $"/suahan #{deadline.Id} {later}");

        var back = await bot.SayConfirmedAsync(BotHarness.Admin, $"/suahan #{deadline.Id} {earlier}");
        bot.SetLocalTime(2024, 11, 4, 9, 0);
        var receipt = (await bot.SendFileAsync(extended, "bc.docx", [1, 2, 3], $"#{deadline.Id}")).Text();

        Assert.Contains("Vẫn giữ gia hạn (sau hạn mới): CTK đến 5/11/2024.", back.Text(), StringComparison.Ordinal);
        var toExtended = Assert.Single(back.Proactive, p => p.To.ChatId == extended);
        Assert.Contains("Đơn vị đã được gia hạn đến Thứ Ba, 5/11/2024, nên hạn của đơn vị vẫn là ngày đó.", toExtended.Message.Text, StringComparison.Ordinal);
        Assert.Contains("Biên nhận", receipt, StringComparison.Ordinal);
        Assert.DoesNotContain("trễ", receipt, StringComparison.Ordinal);
    }
}
