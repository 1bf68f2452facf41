using QcdcBot.Scheduling.Tallies;
using QcdcBot.Storage.Database;
using QcdcBot.Storage.Deadlines;

namespace QcdcBot.Tests.Conversation;

/// <summary>
/// An approved extension no later than the deadline's own date (approved before the deadline was moved past it, as
/// databases from before the move dropped such approvals still hold) is no extension: every read takes the later date.
/// </summary>
public sealed class StaleExtensionTests : IAsyncLifetime
{
    private BotHarness _bot = null!;
    private string _secretary = null!;
    private long _deadlineId;

    public async Task InitializeAsync()
    {
        _bot = await BotHarness.CreateAsync();
        _deadlineId = (await _bot.AssignAsync("Báo cáo kết quả tự kiểm tra dân vận trước ngày 25/10/2024")).Id;
        _secretary = await _bot.RegisterSecretaryAsync("CTK");
        _bot.SetLocalTime(2024, 10, 22, 9, 0);
    }

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Theory]
    [InlineData("/giahan 29/10 chờ ký", "2024-11-06", "6/11")]
    [InlineData("em xin lùi hạn đến 1/11/2024 vì chưa họp", "2024-11-01", "1/11")]
    public async Task The_unit_keeps_the_deadlines_later_date_and_is_not_counted_as_extended(string request, string movedTo, string shown)
    {
        var asked = await _bot.SayAsync(_secretary, request);
        await _bot.PressAsync(BotHarness.Admin, asked.Proactive[0].Message.Choices[0].Payload);
        await MoveWithoutDroppingAsync(movedTo);

        var tasks = (await _bot.SayAsync(_secretary, "/viec")).Text();
        var progress = (await _bot.SayAsync(BotHarness.Admin, $"/tinhhinh #{_deadlineId}")).Text();
        var deadline = (await _bot.Get<DeadlineStore>().GetAsync(_deadlineId))!;
        var standing = (await _bot.Get<TallyService>().ForDeadlineAsync(deadline)).Units.Single(u => u.Unit.Code == "CTK");

        Assert.Contains(shown, tasks, StringComparison.Ordinal);
        Assert.DoesNotContain("gia hạn", tasks, StringComparison.Ordinal);
        Assert.Contains("Được gia hạn: 0", progress, StringComparison.Ordinal);
        Assert.Equal(deadline.DueDate, standing.DueDate);
        Assert.False(standing.Extended);
        Assert.Empty(await _bot.Get<DeadlineStore>().OverridesAsync(_deadlineId));
    }

    [Fact]
    public async Task A_file_handed_in_after_the_old_extension_but_before_the_due_date_is_on_time()
    {
        var asked = await _bot.SayAsync(_secretary, "/giahan 28/10 đang trình ký");
        await _bot.PressAsync(BotHarness.Admin, asked.Proactive[0].Message.Choices[0].Payload);
        await MoveWithoutDroppingAsync("2024-11-08");
        _bot.SetLocalTime(2024, 10, 30, 9, 0);

        await _bot.SendFileAsync(_secretary, "bao-cao.docx", [1, 2, 3]);

        var deadline = (await _bot.Get<DeadlineStore>().GetAsync(_deadlineId))!;
        var standing = (await _bot.Get<TallyService>().ForDeadlineAsync(deadline)).Units.Single(u => u.Unit.Code == "CTK");
        Assert.True(standing.OnTime);
        Assert.Equal(new DateOnly(2024, 11, 8), standing.First!.DueDate);
    }

    // The deadline moved the way builds before the move dropped covered approvals did: the approval stays behind.
    private async Task MoveWithoutDroppingAsync(string due)
    {
        await using var connection = await _bot.Get<SqliteDatabase>().OpenAsync();
        await connection.ExecuteAsync("UPDATE deadlines SET due_date = $due WHERE id = $id", null, default, ("$due", due), ("$id", _deadlineId));
    }
}
