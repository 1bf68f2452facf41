using QcdcBot.Storage.Statuses;

namespace QcdcBot.Tests.Conversation;

/// <summary>A status reply for "tất cả các việc còn lại" names every deadline still owed and, once confirmed, is recorded on each.</summary>
public sealed class AllTasksStatusTests
{
    [Theory]
    [InlineData("bên em đang làm tất cả các việc còn lại ạ")]
    [InlineData("dang lam ca hai viec")]
    public async Task A_reply_for_every_remaining_deadline_is_confirmed_naming_them_then_recorded_on_each(string said)
    {
        await using var bot = await BotHarness.CreateAsync();
        var plan = await bot.AssignAsync("Kế hoạch QCDC trước ngày 30/11/2024");
        var report = await bot.AssignAsync("Báo cáo tự kiểm tra trước ngày 25/11/2024");
        var secretary = await bot.RegisterSecretaryAsync("NHNN");

        var asked = await bot.SayAsync(secretary, said);
        var recorded = await bot.SayAsync(secretary, "1");

        Assert.Contains($"#{plan.Id} {plan.Title}", asked.Text(), StringComparison.Ordinal);
        Assert.Contains($"#{report.Id} {report.Title}", asked.Text(), StringComparison.Ordinal);
        Assert.Equal("Đúng, ghi cho cả 2 việc", asked.Last().Choices[0].Label);
        Assert.Contains("Đã ghi nhận", recorded.Text(), StringComparison.Ordinal);
        var unit = await bot.UnitAsync("NHNN");
        var notes = await bot.Get<StatusNoteStore>().ForUnitAsync(unit.Id);
        Assert.Equal(new[] { plan.Id, report.Id }.Order(), notes.Select(n => n.DeadlineId).Order());
        Assert.DoesNotContain(notes, n => n.Text.Contains('#', StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_extension_for_every_remaining_deadline_is_confirmed_naming_them_then_asked_for_each()
    {
        await using var bot = await BotHarness.CreateAsync();
        var plan = await bot.AssignAsync("Kế hoạch QCDC trước ngày 30/11/2024");
        var report = await bot.AssignAsync("Báo cáo tự kiểm tra trước ngày 25/11/2024");
        var secretary = await bot.RegisterSecretaryAsync("NHNN");

        var asked = await bot.SayAsync(secretary, "xin gia hạn tất cả các việc còn lại đến 10/12/2024 vì chờ họp chi bộ");
        var sent = await bot.SayAsync(secretary, "1");

        Assert.Contains($"#{plan.Id} {plan.Title}", asked.Text(), StringComparison.Ordinal);
        Assert.Contains($"#{report.Id} {report.Title}", asked.Text(), StringComparison.Ordinal);
        Assert.Equal("Đúng, xin cho cả 2 việc", asked.Last().Choices[0].Label);
        Assert.Contains("Đã gửi đề nghị gia hạn", sent.Text(), StringComparison.Ordinal);
        Assert.Equal(2, await bot.CountAsync("extension_requests"));
    }
}
