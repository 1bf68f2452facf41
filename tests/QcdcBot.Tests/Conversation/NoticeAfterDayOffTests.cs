using QcdcBot.Storage.Deadlines;
using QcdcBot.Tests.Letters;

namespace QcdcBot.Tests.Conversation;

/// <summary>
/// Units hear of a new deadline once its date is final: at creation when nothing about the date is asked, else when
/// the day-off question closes (moved, kept, backed out of, or left for another command), once, with the date it leaves.
/// </summary>
public sealed class NoticeAfterDayOffTests
{
    private const string OnASunday = "/giao Báo cáo nhanh công tác dân vận hạn chót 3/11/2024 cho BDVTU, CTK";

    [Theory]
    [InlineData("dời", "1/11/2024")]
    [InlineData("2", "3/11/2024")]
    [InlineData("thôi", "3/11/2024")]
    [InlineData("/hanchot", "3/11/2024")]
    public async Task The_new_deadline_notice_waits_for_the_day_off_answer_and_carries_the_final_date(string answer, string told)
    {
        await using var bot = await BotHarness.CreateAsync();
        var secretary = await bot.RegisterSecretaryAsync("CTK");

        var created = await bot.SayAsync(BotHarness.Admin, OnASunday);
        var answered = await bot.SayAsync(BotHarness.Admin, answer);

        Assert.Contains("là ngày nghỉ (Chủ nhật)", created.Text(), StringComparison.Ordinal);
        Assert.DoesNotContain(created.Proactive, p => p.To.ChatId == secretary);
        var notice = Assert.Single(answered.Proactive, p => p.To.ChatId == secretary).Message.Text;
        Assert.Contains("Việc mới", notice, StringComparison.Ordinal);
        Assert.Contains(told, notice, StringComparison.Ordinal);
        Assert.DoesNotContain("đã sửa hạn", notice, StringComparison.Ordinal);
        var later = await bot.SayAsync(BotHarness.Admin, "/viec");
        Assert.DoesNotContain(later.Proactive, p => p.To.ChatId == secretary);
    }

    [Fact]
    public async Task A_deadline_on_a_working_day_is_announced_at_creation()
    {
        await using var bot = await BotHarness.CreateAsync();
        var secretary = await bot.RegisterSecretaryAsync("CTK");

        var created = await bot.SayAsync(BotHarness.Admin, "/giao Báo cáo nhanh công tác dân vận hạn chót 4/11/2024 cho BDVTU, CTK");

        Assert.Contains("4/11/2024", Assert.Single(created.Proactive, p => p.To.ChatId == secretary).Message.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_letter_item_due_on_a_holiday_is_announced_once_its_date_is_chosen()
    {
        await using var bot = await BotHarness.CreateAsync(new DateTimeOffset(2024, 5, 22, 3, 0, 0, TimeSpan.Zero));
        var secretary = await bot.RegisterSecretaryAsync("CTK");
        await bot.SendFileAsync(BotHarness.Admin, "1720-CV.docx", LetterFiles.Docx(LetterFiles.Seed(LetterFiles.Letter1720)), "/congvan");

        var created = await bot.SayAsync(BotHarness.Admin, "tạo 2");
        var moved = await bot.SayAsync(BotHarness.Admin, "1");

        Assert.Contains("1/9/2024 là ngày nghỉ", created.Text(), StringComparison.Ordinal);
        Assert.DoesNotContain(created.Proactive, p => p.To.ChatId == secretary);
        var notice = Assert.Single(moved.Proactive, p => p.To.ChatId == secretary).Message.Text;
        Assert.Contains("Việc mới", notice, StringComparison.Ordinal);
        Assert.Contains("30/8/2024", notice, StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2024, 8, 30), Assert.Single(await bot.Get<DeadlineStore>().ListAsync()).DueDate);
    }
}
