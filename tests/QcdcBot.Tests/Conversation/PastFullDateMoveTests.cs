using QcdcBot.Storage.Deadlines;

namespace QcdcBot.Tests.Conversation;

/// <summary>
/// /suahan to a full date already past (a typo for a later day, "9/12/2026" for 19/12) moves nothing until the admin
/// answers, as a day-month without a year already past is asked about; the question says what the move does to the units.
/// </summary>
public sealed class PastFullDateMoveTests : IAsyncLifetime
{
    private BotHarness _bot = null!;
    private string _bank = null!;

    public async Task InitializeAsync()
    {
        _bot = await BotHarness.CreateAsync();
        _bank = await _bot.RegisterSecretaryAsync("NHNN");
        await _bot.RegisterSecretaryAsync("TTRA");
        await _bot.AssignAsync("Báo cáo sơ kết dân vận khéo trước ngày 31/10/2024 cho NHNN, TTRA");
        _bot.SetLocalTime(2024, 10, 28, 9, 0);
    }

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    private async Task<DateOnly> DueAsync() => (await _bot.Get<DeadlineStore>().GetAsync(1))!.DueDate;

    [Theory]
    [InlineData("/suahan #1 trước 18/10/2024")]
    [InlineData("/suahan 1 truoc ngay 18/10/2024")]
    [InlineData("/suahan bao cao so ket dan van kheo truoc ngay 18/10/2024")]
    public async Task A_full_past_date_is_asked_about_naming_the_units_made_overdue_and_moves_only_on_yes(string command)
    {
        var asked = await _bot.SayAsync(BotHarness.Admin, command);

        var question = asked.Last();
        Assert.Contains("Hạn mới Thứ Sáu, 18/10/2024 đã qua 10 ngày: 2 đơn vị chưa nộp sẽ thành quá hạn.", question.Text, StringComparison.Ordinal);
        Assert.Equal("Không", question.Choices![1].Label);
        Assert.Empty(asked.Proactive);
        Assert.Equal(new DateOnly(2024, 10, 31), await DueAsync());

        var moved = await _bot.SayAsync(BotHarness.Admin, "1");
        Assert.Contains("31/10/2024 → Thứ Sáu, 18/10/2024", moved.Text(), StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2024, 10, 18), await DueAsync());
    }

    [Fact]
    public async Task No_keeps_the_date_and_tells_no_unit()
    {
        await _bot.SayAsync(BotHarness.Admin, "/suahan #1 trước 18/10/2024");

        var declined = await _bot.SayAsync(BotHarness.Admin, "2");

        Assert.Empty(declined.Proactive);
        Assert.Equal(new DateOnly(2024, 10, 31), await DueAsync());
    }

    [Fact]
    public async Task An_on_time_hand_in_made_late_by_the_move_is_counted()
    {
        await _bot.SendFileAsync(_bank, "so-ket.docx", [1, 2, 3], "#1");

        var question = (await _bot.SayAsync(BotHarness.Admin, "/suahan #1 trước 25/10/2024")).Last().Text;

        Assert.Contains("1 đơn vị chưa nộp sẽ thành quá hạn, 1 đơn vị đã nộp đúng hạn sẽ thành nộp trễ.", question, StringComparison.Ordinal);
    }

    [Fact]
    public async Task This_years_day_chosen_in_the_day_month_question_is_not_asked_about_again()
    {
        _bot.SetLocalTime(2024, 11, 4, 9, 0);
        await _bot.SayAsync(BotHarness.Admin, "/suahan #1 trước 1/11");

        var moved = await _bot.SayAsync(BotHarness.Admin, "1");

        Assert.DoesNotContain("đã qua", moved.Last().Text, StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2024, 11, 1), await DueAsync());
    }

    [Fact]
    public async Task Typed_with_xac_nhan_the_past_date_moves_at_once()
    {
        await _bot.SayAsync(BotHarness.Admin, "/suahan #1 trước 25/10/2024 xác nhận");

        Assert.Equal(new DateOnly(2024, 10, 25), await DueAsync());
    }
}
