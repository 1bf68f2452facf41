using QcdcBot.Storage.Statuses;

namespace QcdcBot.Tests.Conversation;

/// <summary>
/// What one member's status reply may do to what a colleague of the same unit already put on record: a claim of
/// sending outside the bot stays until the office rules (all three told of the contradiction), and an old "cho việc
/// nào?" answered after a colleague handed the deadline in writes nothing.
/// </summary>
public sealed class ColleagueAnswerTests
{
    [Theory]
    [InlineData("em gửi bản giấy rồi ạ", "đang làm", "đã gửi bản giấy")]
    [InlineData("da gui qua email roi", "dv dang lam a", "đã gửi qua email")]
    [InlineData("đã gửi qua iOffice số 45", "không có nội dung phát sinh", "đã gửi qua iOffice số 45")]
    public async Task A_colleagues_later_answer_keeps_the_claim_the_office_was_asked_to_check_and_tells_all_three(string claim, string later, string described)
    {
        await using var bot = await BotHarness.CreateAsync();
        var deadline = await bot.AssignAsync("Báo cáo kết quả thực hiện Kết luận 12 trước ngày 25/10/2024 cho NHNN, CTK");
        var first = await bot.RegisterSecretaryAsync("NHNN", "thuky-a");
        var second = await bot.RegisterSecretaryAsync("NHNN", "thuky-b");
        await bot.SayAsync(first, claim);
        bot.Time.Advance(TimeSpan.FromMinutes(1));

        var answered = await bot.SayAsync(second, later);

        Assert.Contains("Bot chưa ghi", answered.Text(), StringComparison.Ordinal);
        Assert.Contains($"thuky-a đã báo \"{described}\"", answered.Text(), StringComparison.Ordinal);
        var unit = await bot.UnitAsync("NHNN");
        var kept = Assert.Single(await bot.Get<StatusNoteStore>().LatestForDeadlinesAsync([deadline.Id], unit.Id));
        Assert.True(kept.IsSentOutside);
        Assert.Contains(answered.Proactive, p => p.To.UserId == BotHarness.Admin && p.Message.Text.Contains("trả lời khác nhau", StringComparison.Ordinal));
        Assert.Contains(answered.Proactive, p => p.To.UserId == first && p.Message.Text.Contains("Bot vẫn giữ báo của bạn", StringComparison.Ordinal));
        Assert.Contains(described, (await bot.SayAsync(BotHarness.Admin, "/donvi NHNN")).Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_member_who_claimed_paper_may_take_it_back_and_the_office_is_told()
    {
        await using var bot = await BotHarness.CreateAsync();
        var deadline = await bot.AssignAsync("Báo cáo kết quả thực hiện Kết luận 12 trước ngày 25/10/2024 cho NHNN, CTK");
        var secretary = await bot.RegisterSecretaryAsync("NHNN");
        await bot.SayAsync(secretary, "đã gửi bản giấy");

        var corrected = await bot.SayAsync(secretary, "em nhầm, đơn vị đang làm ạ");

        Assert.Contains("Thay cho báo \"đã gửi bản giấy\"", corrected.Text(), StringComparison.Ordinal);
        Assert.Contains(corrected.Proactive, p => p.To.UserId == BotHarness.Admin && p.Message.Text.Contains("rút báo \"đã gửi bản giấy\"", StringComparison.Ordinal));
        var unit = await bot.UnitAsync("NHNN");
        Assert.Equal(StatusState.InProgress, Assert.Single(await bot.Get<StatusNoteStore>().LatestForDeadlinesAsync([deadline.Id], unit.Id)).State);
    }

    [Theory]
    [InlineData("ke hoach va bc ket luan dang lam a")]
    [InlineData("đang làm")]
    public async Task A_which_deadline_answer_after_a_colleague_handed_it_in_writes_nothing(string said)
    {
        await using var bot = await BotHarness.CreateAsync();
        var plan = await bot.AssignAsync("Kế hoạch thực hiện QCDC năm 2025 trước ngày 30/10/2024 cho NHNN, CTK");
        var report = await bot.AssignAsync("Báo cáo kết quả thực hiện Kết luận 12 trước ngày 25/10/2024 cho NHNN, CTK");
        var asking = await bot.RegisterSecretaryAsync("NHNN", "thuky-a");
        var colleague = await bot.RegisterSecretaryAsync("NHNN", "thuky-b");
        var asked = await bot.SayAsync(asking, said);
        var pick = asked.Last().Choices.First(c => c.Label.Contains($"#{report.Id}", StringComparison.Ordinal)).Payload;
        await bot.SendFileAsync(colleague, "ket luan 12.pdf", [1, 2, 3], $"#{report.Id}");
        var before = await bot.SnapshotAsync();

        var answered = await bot.PressAsync(asking, pick);

        Assert.Contains("đơn vị đã nộp rồi", answered.Text(), StringComparison.Ordinal);
        Assert.DoesNotContain("Bot vẫn sẽ nhắc", answered.Text(), StringComparison.Ordinal);
        Assert.Equal(before, await bot.SnapshotAsync());
        Assert.NotEqual(plan.Id, report.Id);
    }
}
