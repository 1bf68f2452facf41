using QcdcBot.Bot.Delivery;
using QcdcBot.Scheduling.Reminders;
using QcdcBot.Storage.Deadlines;
using QcdcBot.Storage.Delivery;

namespace QcdcBot.Tests.Conversation;

/// <summary>
/// A due date on a day off is flagged where it is set (/giao, /suahan, an extension being approved), the working day
/// before it is offered in the same reply and taken with one word; a due date kept on a day off is named in reminders.
/// </summary>
public sealed class DayOffDueDateTests
{
    [Theory]
    [InlineData("1")]
    [InlineData("có")]
    [InlineData("doi")]
    [InlineData("Dời ạ")]
    public async Task The_reply_that_flags_a_day_off_offers_the_working_day_before_and_one_word_takes_it(string answer)
    {
        await using var bot = await BotHarness.CreateAsync();

        var created = await bot.SayAsync(BotHarness.Admin, "/giao Báo cáo sơ kết 6 tháng, hạn chót 26/10/2024 cho NHNN, CTK");
        var moved = await bot.SayAsync(BotHarness.Admin, answer);

        Assert.Contains("Đã giao việc", created.Text(), StringComparison.Ordinal);
        Assert.Contains("26/10/2024 là ngày nghỉ (Thứ Bảy)", created.Text(), StringComparison.Ordinal);
        Assert.Equal("Dời sang Thứ Sáu, 25/10/2024", created.Last().Choices[0].Label);
        Assert.Contains("Đã sửa hạn việc", moved.Text(), StringComparison.Ordinal);
        var deadline = Assert.Single(await bot.Get<DeadlineStore>().ListAsync());
        Assert.Equal(new DateOnly(2024, 10, 25), deadline.DueDate);
    }

    [Fact]
    public async Task A_one_word_yes_also_confirms_a_deadline_whose_year_looks_wrong()
    {
        await using var bot = await BotHarness.CreateAsync();

        await bot.SayAsync(BotHarness.Admin, "/giao Báo cáo quý IV trước ngày 15/1/2027");
        var created = await bot.SayAsync(BotHarness.Admin, "ok");

        Assert.Contains("Đã giao việc", created.Text(), StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2027, 1, 15), Assert.Single(await bot.Get<DeadlineStore>().ListAsync()).DueDate);
    }

    [Fact]
    public async Task Suahan_to_a_public_holiday_is_flagged_and_moved_on_yes()
    {
        await using var bot = await BotHarness.CreateAsync();
        var deadline = await bot.AssignAsync("Kế hoạch tuyên truyền trước ngày 15/11/2024");

        var edited = await bot.SayAsync(BotHarness.Admin, $"/suahan #{deadline.Id} truoc 1/1/2025");
        var moved = await bot.SayAsync(BotHarness.Admin, "đồng ý");

        Assert.Contains("1/1/2025 là ngày nghỉ (Tết Dương lịch)", edited.Text(), StringComparison.Ordinal);
        Assert.Contains("Đã sửa hạn", moved.Text(), StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2024, 12, 31), (await bot.Get<DeadlineStore>().GetAsync(deadline.Id))!.DueDate);
    }

    [Fact]
    public async Task An_extension_asked_to_a_sunday_is_flagged_on_approval_and_granted_to_the_friday_on_doi()
    {
        await using var bot = await BotHarness.CreateAsync();
        var deadline = await bot.AssignAsync("Báo cáo chuyên đề dân vận trước ngày 25/10/2024");
        var secretary = await bot.RegisterSecretaryAsync("CTK");
        var request = await bot.SayAsync(secretary, "/giahan 3/11/2024 đang chờ lãnh đạo ký");

        var approving = await bot.PressAsync(BotHarness.Admin, request.Proactive[0].Message.Choices[0].Payload);
        var granted = await bot.SayAsync(BotHarness.Admin, "dời");

        Assert.Contains("3/11/2024 là ngày nghỉ (Chủ nhật)", approving.Text(), StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2024, 11, 1), (await bot.Get<DeadlineStore>().OverridesAsync(deadline.Id))[(await bot.UnitAsync("CTK")).Id]);
        var notice = Assert.Single(granted.Proactive).Message.Text;
        Assert.Contains("đồng ý gia hạn", notice, StringComparison.Ordinal);
        Assert.Contains("Thứ Sáu, 1/11/2024 (đơn vị xin đến 3/11/2024)", notice, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_due_date_kept_on_a_sunday_is_named_a_day_off_in_the_reminders()
    {
        await using var bot = await BotHarness.CreateAsync();
        var secretary = await bot.RegisterSecretaryAsync("NHNN");
        await bot.SayAsync(BotHarness.Admin, "/giao Báo cáo kết quả đối thoại trước 27/10/2024 cho NHNN");

        var kept = await bot.SayAsync(BotHarness.Admin, "2");
        bot.SetLocalTime(2024, 10, 24, 9, 0);
        await bot.Get<ReminderSweep>().RunAsync();

        Assert.Contains("Giữ hạn Chủ nhật, 27/10/2024 (ngày nghỉ)", kept.Text(), StringComparison.Ordinal);
        Assert.DoesNotContain("không làm gì", kept.Text(), StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2024, 10, 27), Assert.Single(await bot.Get<DeadlineStore>().ListAsync()).DueDate);
        var reminder = Assert.Single(await RemindersToAsync(bot, secretary));
        Assert.Contains("Hạn 27/10/2024 là ngày nghỉ (Chủ nhật)", reminder.Text, StringComparison.Ordinal);
    }

    internal static async Task<IReadOnlyList<OutboxBody>> RemindersToAsync(BotHarness bot, string user) =>
        (await bot.Get<OutboxStore>().AllAsync())
            .Where(m => m.ChatId == user && m.DedupeKey?.StartsWith("reminder:", StringComparison.Ordinal) == true)
            .Select(m => OutboxBody.FromJson(m.BodyJson))
            .ToList();
}
