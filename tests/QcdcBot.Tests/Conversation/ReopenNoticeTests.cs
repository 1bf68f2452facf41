namespace QcdcBot.Tests.Conversation;

/// <summary>
/// /mohan tells the units that had been told the deadline ended that it is open again: a closed one, the units that
/// still owe it (with their due date and how to hand in); a cancelled one, every unit it was given to. Once each.
/// </summary>
public sealed class ReopenNoticeTests
{
    private const string Assignment = "Báo cáo tuyên truyền kỷ niệm ngày thành lập Đảng trước 31/10/2024 cho NHNN, TTRA, CTK";

    [Theory]
    [InlineData("/donghan #{0}", "mo han bao cao tuyen truyen ky niem")]
    [InlineData("/donghan bao cao tuyen truyen", "/mohan #{0}")]
    public async Task Reopening_a_closed_deadline_tells_the_units_that_still_owe_it_with_the_due_date_and_how_to_hand_in(string close, string reopen)
    {
        await using var bot = await BotHarness.CreateAsync();
        var bank = await bot.RegisterSecretaryAsync("NHNN");
        var inspectors = await bot.RegisterSecretaryAsync("TTRA");
        var deadline = await bot.AssignAsync(Assignment);
        await bot.SendFileAsync(bank, "bao-cao.docx", [1, 2, 3], $"#{deadline.Id}");
        await bot.SayConfirmedAsync(BotHarness.Admin, Format(close, deadline.Id));
        bot.SetLocalTime(2024, 11, 4, 9, 0);

        var reopened = await bot.SayConfirmedAsync(BotHarness.Admin, Format(reopen, deadline.Id));

        var notice = Assert.Single(reopened.Proactive, p => p.To.ChatId == inspectors).Message;
        Assert.Contains($"🔄 Việc #{deadline.Id} \"{deadline.Title}\" đã được Ban mở lại: đơn vị vẫn cần nộp.", notice.Text, StringComparison.Ordinal);
        Assert.Contains("Hạn: Thứ Năm, 31/10/2024 (quá hạn 4 ngày)", notice.Text, StringComparison.Ordinal);
        Assert.Contains("Cách nộp:", notice.Text, StringComparison.Ordinal);
        Assert.Equal(deadline.Id, notice.AboutDeadlineId);
        Assert.DoesNotContain(reopened.Proactive, p => p.To.ChatId == bank);
        Assert.Contains("Đã báo 1 đơn vị việc được mở lại", reopened.Text(), StringComparison.Ordinal);

        var again = await bot.SayConfirmedAsync(BotHarness.Admin, $"/mohan #{deadline.Id}");
        Assert.Empty(again.Proactive);
    }

    [Fact]
    public async Task Reopening_a_cancelled_deadline_tells_every_unit_it_was_given_to_and_a_unit_that_handed_in_that_its_work_stands()
    {
        await using var bot = await BotHarness.CreateAsync();
        var bank = await bot.RegisterSecretaryAsync("NHNN");
        var inspectors = await bot.RegisterSecretaryAsync("TTRA");
        var outside = await bot.RegisterSecretaryAsync("SKHDT");
        var deadline = await bot.AssignAsync(Assignment);
        await bot.SendFileAsync(bank, "bao-cao.docx", [1, 2, 3], $"#{deadline.Id}");
        await bot.SayConfirmedAsync(BotHarness.Admin, $"/huyhan #{deadline.Id}");

        var reopened = await bot.SayConfirmedAsync(BotHarness.Admin, $"/mohan #{deadline.Id}");

        Assert.Contains("vẫn cần nộp", Assert.Single(reopened.Proactive, p => p.To.ChatId == inspectors).Message.Text, StringComparison.Ordinal);
        Assert.Contains("bài đơn vị đã nộp vẫn được tính", Assert.Single(reopened.Proactive, p => p.To.ChatId == bank).Message.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(reopened.Proactive, p => p.To.ChatId == outside);
    }

    private static string Format(string text, long id) => string.Format(System.Globalization.CultureInfo.InvariantCulture, text, id);
}
