using QcdcBot.Storage.Deadlines;

namespace QcdcBot.Tests.Conversation;

/// <summary>A file waiting for "which deadline?" is asked about with today's choices, never weeks-old ones.</summary>
public sealed class WaitingFilesTodayTests
{
    [Fact]
    public async Task The_choices_asked_again_leave_out_a_closed_deadline_and_count_the_days_from_today()
    {
        await using var bot = await BotHarness.CreateAsync();
        var plan = await bot.AssignAsync("Kế hoạch QCDC trước ngày 30/10/2024");
        var report = await bot.AssignAsync("Báo cáo tự kiểm tra trước ngày 25/10/2024");
        var topic = await bot.AssignAsync("Báo cáo chuyên đề dân vận trước ngày 28/10/2024");
        var secretary = await bot.RegisterSecretaryAsync("LHHKHKT");
        await bot.SendFileAsync(secretary, "trang1.jpg", [1, 2, 3]);
        await bot.SayConfirmedAsync(BotHarness.Admin, $"/donghan #{topic.Id}");
        bot.SetLocalTime(2024, 10, 24, 9, 0);

        var reply = await bot.SayAsync(secretary, "/viec");

        var labels = reply.Last().Choices.Select(c => c.Label).ToList();
        Assert.Contains($"#{plan.Id} {plan.Title} (hạn 30/10/2024, còn 6 ngày)", labels);
        Assert.Contains($"#{report.Id} {report.Title} (hạn 25/10/2024, ngày mai)", labels);
        Assert.DoesNotContain(labels, l => l.Contains(topic.Title, StringComparison.Ordinal));
        Assert.Equal("Không nộp ảnh này", labels[^1]);
    }

    [Fact]
    public async Task Files_left_unfiled_for_more_than_a_week_are_let_go_with_a_word_not_asked_about_again()
    {
        await using var bot = await BotHarness.CreateAsync();
        await bot.AssignAsync("Kế hoạch QCDC trước ngày 30/11/2024");
        await bot.AssignAsync("Báo cáo tự kiểm tra trước ngày 25/11/2024");
        var secretary = await bot.RegisterSecretaryAsync("LHHKHKT");
        await bot.SendFileAsync(secretary, "trang1.jpg", [1, 2, 3]);
        await bot.SayAsync(secretary, "/viec");
        bot.SetLocalTime(2024, 11, 5, 9, 0);

        var reply = await bot.SayAsync(secretary, "/viec");
        var later = await bot.SayAsync(secretary, "/viec");

        // Said as done, days on: never "sau 7 ngày bot bỏ qua", which read as still to come.
        Assert.Contains("1 tệp gửi ngày 20/10/2024 (16 ngày trước) không được nộp", reply.Text(), StringComparison.Ordinal);
        Assert.Contains("bot đã bỏ qua các tệp đó", reply.Text(), StringComparison.Ordinal);
        Assert.DoesNotContain(reply.Replies, r => r.Choices.Count > 0);
        Assert.DoesNotContain("tệp gửi", later.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Files_with_no_deadline_left_open_are_said_to_be_unfiled()
    {
        await using var bot = await BotHarness.CreateAsync();
        var plan = await bot.AssignAsync("Kế hoạch QCDC trước ngày 30/11/2024");
        var report = await bot.AssignAsync("Báo cáo tự kiểm tra trước ngày 25/11/2024");
        var secretary = await bot.RegisterSecretaryAsync("LHHKHKT");
        await bot.SendFileAsync(secretary, "bc.pdf", [4, 5]);
        await bot.SayConfirmedAsync(BotHarness.Admin, $"/donghan #{plan.Id}");
        await bot.SayConfirmedAsync(BotHarness.Admin, $"/huyhan #{report.Id}");

        var reply = await bot.SayAsync(secretary, "/viec");

        Assert.Contains("1 tệp gửi lúc trước chưa được nộp, và đơn vị không còn việc nào đang mở", reply.Text(), StringComparison.Ordinal);
        Assert.Empty(await bot.Get<DeadlineStore>().ListAsync());
    }
}
