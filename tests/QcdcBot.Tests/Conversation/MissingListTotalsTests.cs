namespace QcdcBot.Tests.Conversation;

/// <summary>/chuanop accounts for every unit in scope: handed in, excused, and each way of still owing.</summary>
public sealed class MissingListTotalsTests
{
    [Fact]
    public async Task Excused_extended_and_waiting_units_each_have_their_line_and_the_figures_add_up_to_the_scope()
    {
        await using var bot = await BotHarness.CreateAsync();
        var deadline = await bot.AssignAsync("Báo cáo sơ kết nghị quyết về dân vận trước ngày 25/10/2024 cho NHNN, CTK, KBNN, SKHDT, XDGT, BVDK");
        var handedIn = await bot.RegisterSecretaryAsync("NHNN");
        var excused = await bot.RegisterSecretaryAsync("CTK");
        var extended = await bot.RegisterSecretaryAsync("KBNN");
        var asking = await bot.RegisterSecretaryAsync("SKHDT");
        var working = await bot.RegisterSecretaryAsync("XDGT");

        await bot.SendFileAsync(handedIn, "so-ket.pdf", [1, 2]);
        var claim = await bot.SayAsync(excused, "đơn vị em ko có nội dung phát sinh");
        await bot.PressAsync(BotHarness.Admin, claim.Proactive[0].Message.Choices[0].Payload);
        var request = await bot.SayAsync(extended, "xin gia hạn đến 30/10/2024 chờ ký");
        await bot.PressAsync(BotHarness.Admin, request.Proactive[0].Message.Choices[0].Payload);
        await bot.SayAsync(asking, "cho em thêm 1 tuần do chờ họp");
        await bot.SayAsync(working, "dang hoan thien a");

        var missing = (await bot.SayAsync(BotHarness.Admin, $"/chuanop #{deadline.Id}")).Text();

        Assert.True(missing.Contains("Trong số", StringComparison.Ordinal), missing);
        Assert.Contains("4/6 đơn vị chưa nộp (đã nộp 1, được miễn 1)", missing, StringComparison.Ordinal);
        Assert.True(missing.Contains("Trong số chưa nộp: xin gia hạn, chờ duyệt 1, được gia hạn 1, đang làm 1, chưa trả lời 1.", StringComparison.Ordinal), missing);
        Assert.Contains("Được miễn (không có nội dung phát sinh, đã chấp nhận) 1: ", missing, StringComparison.Ordinal);
        Assert.Contains("(CTK)", missing[missing.IndexOf("Được miễn", StringComparison.Ordinal)..], StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_everyone_handed_in_or_excused_it_says_so_and_names_the_excused()
    {
        await using var bot = await BotHarness.CreateAsync();
        var deadline = await bot.AssignAsync("Báo cáo sơ kết nghị quyết về dân vận trước ngày 25/10/2024 cho NHNN, CTK");
        await bot.SendFileAsync(await bot.RegisterSecretaryAsync("NHNN"), "so-ket.pdf", [1, 2]);
        var claim = await bot.SayAsync(await bot.RegisterSecretaryAsync("CTK"), "không phát sinh nội dung ạ");
        await bot.PressAsync(BotHarness.Admin, claim.Proactive[0].Message.Choices[0].Payload);

        var missing = (await bot.SayAsync(BotHarness.Admin, $"/chuanop #{deadline.Id}")).Text();

        Assert.Contains("không còn đơn vị nào phải nộp (1 đã nộp, 1 được miễn, trên 2 đơn vị)", missing, StringComparison.Ordinal);
        Assert.DoesNotContain("tất cả 2 đơn vị đã nộp", missing, StringComparison.Ordinal);
    }
}
