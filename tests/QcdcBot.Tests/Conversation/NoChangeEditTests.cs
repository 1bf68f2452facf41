using QcdcBot.Storage.Deadlines;

namespace QcdcBot.Tests.Conversation;

/// <summary>
/// A /suahan to the date the deadline already has changes nothing and tells nobody; keeping a due date on a day off
/// after /giao's question is said as what it is (the date stays, the units are told), never "bot không làm gì cả".
/// Today is Sunday 20/10/2024.
/// </summary>
public sealed class NoChangeEditTests
{
    [Theory]
    [InlineData("/suahan #{0} trước 29/11/2024")]
    [InlineData("/suahan {0} 29/11")]
    [InlineData("/suahan #{0} ngày 29/11/2024")]
    public async Task A_move_to_the_same_date_says_nothing_changed_and_sends_nothing(string command)
    {
        await using var bot = await BotHarness.CreateAsync();
        var deadline = await bot.AssignAsync("Báo cáo sơ kết công tác dân vận trước 29/11/2024");
        await bot.RegisterSecretaryAsync("NHNN");

        var reply = await bot.SayAsync(BotHarness.Admin, string.Format(System.Globalization.CultureInfo.InvariantCulture, command, deadline.Id));

        Assert.Contains("hạn không đổi", reply.Text(), StringComparison.Ordinal);
        Assert.DoesNotContain("Đã sửa hạn", reply.Text(), StringComparison.Ordinal);
        Assert.Empty(reply.Proactive);
        Assert.Equal(deadline.DueDate, (await bot.Get<DeadlineStore>().GetAsync(deadline.Id))!.DueDate);
    }

    [Theory]
    [InlineData("/giao ds can bo phu trach QCDC cho NHNN, CTK truoc 26/10/2024", "Thứ Bảy, 26/10/2024")]
    [InlineData("/giao Kế hoạch tuyên truyền trước ngày 3/11/2024 cho NHNN, CTK", "Chủ nhật, 3/11/2024")]
    public async Task Keeping_a_day_off_says_the_date_stays_and_the_units_are_told(string command, string kept)
    {
        await using var bot = await BotHarness.CreateAsync();
        var nhnn = await bot.RegisterSecretaryAsync("NHNN");
        var ctk = await bot.RegisterSecretaryAsync("CTK");
        await bot.SayAsync(BotHarness.Admin, command);

        var reply = await bot.SayAsync(BotHarness.Admin, "2");

        Assert.Contains($"Giữ hạn {kept} (ngày nghỉ)", reply.Text(), StringComparison.Ordinal);
        Assert.Contains("các đơn vị được báo việc với hạn này", reply.Text(), StringComparison.Ordinal);
        Assert.DoesNotContain("không làm gì", reply.Text(), StringComparison.Ordinal);
        Assert.Contains(reply.Proactive, p => p.To.ChatId == nhnn);
        Assert.Contains(reply.Proactive, p => p.To.ChatId == ctk);
    }
}
