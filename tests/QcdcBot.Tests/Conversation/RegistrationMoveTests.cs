using QcdcBot.Bot.Conversation;
using QcdcBot.Storage.Audit;
using QcdcBot.Storage.Members;

namespace QcdcBot.Tests.Conversation;

/// <summary>Registering for a second unit is asked first and admins learn when a unit is left unreachable; code guessing is throttled.</summary>
public sealed class RegistrationMoveTests
{
    private static async Task<string> InviteAsync(BotHarness bot, string unitCode) =>
        (await bot.Get<InviteStore>().CreateAsync((await bot.UnitAsync(unitCode)).Id, TimeSpan.FromDays(14), "test:admin")).Code;

    [Fact]
    public async Task A_secretary_registering_for_another_unit_is_told_which_unit_they_leave_and_moves_only_on_yes()
    {
        await using var bot = await BotHarness.CreateAsync();
        var secretary = await bot.RegisterSecretaryAsync("SKHDT");
        var code = await InviteAsync(bot, "TTRA");

        var asked = await bot.SayAsync(secretary, "dang ky " + code.ToLowerInvariant());

        Assert.Contains("rời Đảng bộ Sở Kế hoạch", asked.Text(), StringComparison.Ordinal);
        Assert.Equal((await bot.UnitAsync("SKHDT")).Id, (await bot.Get<MemberStore>().FindAsync(BotHarness.Channel, secretary))!.UnitId);

        var moved = await bot.SayAsync(secretary, "1");

        Assert.Equal((await bot.UnitAsync("TTRA")).Id, (await bot.Get<MemberStore>().FindAsync(BotHarness.Channel, secretary))!.UnitId);
        Assert.Contains("không còn ai nhận tin", Assert.Single(moved.Proactive).Message.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Moving_away_from_a_unit_that_keeps_another_reachable_member_warns_nobody()
    {
        await using var bot = await BotHarness.CreateAsync();
        var first = await bot.RegisterSecretaryAsync("SKHDT", "thuky-a");
        await bot.RegisterSecretaryAsync("SKHDT", "thuky-b");
        var code = await InviteAsync(bot, "TTRA");

        await bot.SayAsync(first, "/dangky " + code);
        var moved = await bot.SayAsync(first, "1");

        Assert.Contains("Đăng ký thành công", moved.Text(), StringComparison.Ordinal);
        Assert.Empty(moved.Proactive);
    }

    [Fact]
    public async Task Unknown_and_used_codes_get_the_same_answer_and_repeated_failures_are_throttled_audited_and_reported()
    {
        await using var bot = await BotHarness.CreateAsync();
        var used = await InviteAsync(bot, "NHNN");
        await bot.SayAsync("someone-else", "/dangky " + used);

        var unknown = await bot.SayAsync("guesser", "/dangky ZZZZ2222");
        var reused = await bot.SayAsync("guesser", "/start " + used);
        Assert.Equal(unknown.Text(), reused.Text());

        TurnResult last = reused;
        for (var i = 0; i < 3; i++)
        {
            last = await bot.SayAsync("guesser", $"/dangky QQQQ{i}{i}{i}{i}");
        }

        Assert.Contains("nhập sai mã đăng ký 5 lần", Assert.Single(last.Proactive).Message.Text, StringComparison.Ordinal);
        var valid = await InviteAsync(bot, "CTK");
        var blocked = await bot.SayAsync("guesser", "/dangky " + valid);
        Assert.Contains("tạm dừng nhận mã", blocked.Text(), StringComparison.Ordinal);
        Assert.Null((await bot.Get<MemberStore>().FindAsync(BotHarness.Channel, "guesser"))?.UnitId);
        var failures = (await bot.Get<AuditStore>().RecentAsync(20)).Where(a => a.Action == "invite.fail" && a.Actor == $"{BotHarness.Channel}:guesser");
        Assert.Equal(5, failures.Count());

        bot.Time.Advance(TimeSpan.FromHours(1.1));
        Assert.Contains("Đăng ký thành công", (await bot.SayAsync("guesser", "/dangky " + valid)).Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_fifth_wrong_code_says_the_account_is_paused_until_when_and_a_new_code_is_told_the_same_time()
    {
        await using var bot = await BotHarness.CreateAsync();
        var first = bot.Time.GetUtcNow();
        TurnResult last = null!;
        for (var i = 0; i < 4; i++)
        {
            last = await bot.SayAsync("guesser", $"/dangky QQQQ{i}{i}{i}{i}");
            Assert.DoesNotContain("tạm dừng", last.Text(), StringComparison.Ordinal);
            bot.Time.Advance(TimeSpan.FromMinutes(5));
        }

        last = await bot.SayAsync("guesser", "/dangky QQQQ9999");
        var until = QcdcBot.Bot.Text.VietnameseWording.Time(bot.Get<QcdcBot.Scheduling.Calendar.OfficeClock>().ToLocal(first + TimeSpan.FromHours(1)));
        Assert.Contains($"tạm dừng nhận mã từ tài khoản này đến {until}", last.Text(), StringComparison.Ordinal);

        bot.Time.Advance(TimeSpan.FromMinutes(10));
        var blocked = await bot.SayAsync("guesser", "/dangky " + await InviteAsync(bot, "CTK"));
        Assert.Contains($"đến {until}", blocked.Text(), StringComparison.Ordinal);
        Assert.Contains("kể cả mã mới", blocked.Text(), StringComparison.Ordinal);
        Assert.DoesNotContain("cấp mã mới", blocked.Text(), StringComparison.Ordinal);
    }
}
