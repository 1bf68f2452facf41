using QcdcBot.Storage.Members;

namespace QcdcBot.Tests.Conversation;

public sealed class RegistrationTests
{
    private static async Task<string> InviteAsync(BotHarness bot, string unitCode)
    {
        var unit = await bot.UnitAsync(unitCode);
        return (await bot.Get<InviteStore>().CreateAsync(unit.Id, TimeSpan.FromDays(14), "test:admin")).Code;
    }

    [Fact]
    public async Task A_valid_code_binds_the_account_to_its_unit()
    {
        await using var bot = await BotHarness.CreateAsync();
        var code = await InviteAsync(bot, "NHNN");

        var result = await bot.SayAsync("u1", "/dangky " + code);

        Assert.Contains("Đăng ký thành công", result.Text(), StringComparison.Ordinal);
        Assert.Contains("Đảng bộ Ngân hàng Nhà nước", result.Text(), StringComparison.Ordinal);
        var member = await bot.Get<MemberStore>().FindAsync(BotHarness.Channel, "u1");
        Assert.Equal((await bot.UnitAsync("NHNN")).Id, member!.UnitId);
        Assert.Equal(MemberRole.Secretary, member.Role);
    }

    [Fact]
    public async Task The_start_deep_link_form_registers_like_dangky()
    {
        await using var bot = await BotHarness.CreateAsync();
        var code = await InviteAsync(bot, "CTK");

        var result = await bot.SayAsync("u1", "/start " + code);

        Assert.Contains("Chi bộ Cục Thống kê tỉnh Yên Bái", result.Text(), StringComparison.Ordinal);
        Assert.NotNull((await bot.Get<MemberStore>().FindAsync(BotHarness.Channel, "u1"))!.UnitId);
    }

    [Fact]
    public async Task A_code_typed_in_lower_case_without_slash_still_registers()
    {
        await using var bot = await BotHarness.CreateAsync();
        var code = await InviteAsync(bot, "CTK");

        var result = await bot.SayAsync("u1", "dangky " + code.ToLowerInvariant());

        Assert.Contains("Đăng ký thành công", result.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_expired_code_is_refused_and_binds_nobody()
    {
        await using var bot = await BotHarness.CreateAsync();
        var code = await InviteAsync(bot, "NHNN");
        bot.Time.Advance(TimeSpan.FromDays(14) + TimeSpan.FromMinutes(1));

        var result = await bot.SayAsync("u1", "/dangky " + code);

        Assert.Contains("đã hết hạn", result.Text(), StringComparison.Ordinal);
        Assert.Null(await bot.Get<MemberStore>().FindAsync(BotHarness.Channel, "u1"));
    }

    [Fact]
    public async Task A_code_used_once_is_refused_the_second_time()
    {
        await using var bot = await BotHarness.CreateAsync();
        var code = await InviteAsync(bot, "NHNN");
        await bot.SayAsync("u1", "/dangky " + code);

        var result = await bot.SayAsync("u2", "/dangky " + code);

        Assert.Contains("đã được dùng", result.Text(), StringComparison.Ordinal);
        Assert.Null(await bot.Get<MemberStore>().FindAsync(BotHarness.Channel, "u2"));
    }

    [Fact]
    public async Task An_unknown_code_is_refused()
    {
        await using var bot = await BotHarness.CreateAsync();

        var result = await bot.SayAsync("u1", "/dangky ZZZZ9999");

        Assert.Contains("Mã đăng ký không đúng", result.Text(), StringComparison.Ordinal);
        Assert.Null(await bot.Get<MemberStore>().FindAsync(BotHarness.Channel, "u1"));
    }

    [Fact]
    public async Task Registering_in_a_group_is_refused_and_leaves_the_code_usable()
    {
        await using var bot = await BotHarness.CreateAsync();
        var code = await InviteAsync(bot, "NHNN");

        var group = await bot.SayAsync("u1", "/dangky " + code, isGroup: true);
        var direct = await bot.SayAsync("u1", "/dangky " + code);

        Assert.Contains("tin nhắn riêng", group.Text(), StringComparison.Ordinal);
        Assert.Contains("Đăng ký thành công", direct.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_without_a_code_greets_a_stranger_with_how_to_register()
    {
        await using var bot = await BotHarness.CreateAsync();

        var result = await bot.SayAsync("u1", "/start");

        Assert.Contains("/dangky <mã>", result.Text(), StringComparison.Ordinal);
    }
}
