using QcdcBot.Storage.Submissions;

namespace QcdcBot.Tests.Conversation;

/// <summary>
/// /ghinhan asked, then the unit uploads before the office answers: the "1" does not record blindly but names what
/// arrived meanwhile and asks again. /donvi and /viec date the first hand-in by the earliest received (the paper's
/// received day), call the newest by arrival, and keep both whatever /suahan does to the due date.
/// </summary>
public sealed class PaperAfterUploadTests : IAsyncLifetime
{
    private BotHarness _bot = null!;
    private string _health = null!;

    public async Task InitializeAsync()
    {
        _bot = await BotHarness.CreateAsync();
        _health = await _bot.RegisterSecretaryAsync("SYT");
        await _bot.AssignAsync("Báo cáo kết quả đối thoại trước ngày 31/10/2024");
        _bot.SetLocalTime(2024, 10, 25, 10, 30);
    }

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    private async Task<IReadOnlyList<Submission>> StoredAsync()
    {
        var unit = await _bot.UnitAsync("SYT");
        return (await _bot.Get<SubmissionStore>().AllForDeadlineAsync(1)).Where(s => s.UnitId == unit.Id).ToList();
    }

    [Theory]
    [InlineData("/ghinhan SYT #1 ban giay, van thu nhan ngay 24/10")]
    [InlineData("/ghinhan SYT bao cao ket qua doi thoai ban giay nhan ngay 24/10")]
    public async Task An_upload_while_the_record_waits_is_named_and_asked_about_before_anything_is_written(string command)
    {
        await _bot.SayAsync(BotHarness.Admin, command);
        await _bot.SendFileAsync(_health, "p3.jpg", [3, 3, 3], "#1 bc ket qua doi thoai");

        var answered = await _bot.SayAsync(BotHarness.Admin, "1");

        var question = answered.Last();
        Assert.Contains("Trong lúc chờ xác nhận, SYT đã nộp qua bot lúc 10:30 25/10/2024 (biên nhận số BN2024-00001, 1 tệp: p3.jpg)", question.Text, StringComparison.Ordinal);
        Assert.Equal("Vẫn ghi nhận", question.Choices![0].Label);
        Assert.Empty(answered.Proactive);
        Assert.Single(await StoredAsync());

        // Pressed: a "1" typed at once would meet the double-tap guard, which asks whether it was meant for the new question.
        var recorded = await _bot.PressAsync(BotHarness.Admin, question.Choices![0].Payload);
        Assert.Contains("Văn phòng nhận ngày: 24/10/2024", recorded.Text(), StringComparison.Ordinal);
        Assert.Equal(2, (await StoredAsync()).Count);
    }

    [Fact]
    public async Task An_upload_already_there_when_asked_is_not_asked_about_twice()
    {
        await _bot.SendFileAsync(_health, "p3.jpg", [3, 3, 3], "#1");
        await _bot.SayAsync(BotHarness.Admin, "/ghinhan SYT #1 ban giay nhan ngay 24/10");

        var recorded = await _bot.SayAsync(BotHarness.Admin, "1");

        Assert.DoesNotContain("Trong lúc chờ", recorded.Text(), StringComparison.Ordinal);
        Assert.Equal(2, (await StoredAsync()).Count);
    }

    [Fact]
    public async Task Donvi_and_viec_date_the_first_hand_in_by_the_paper_and_the_newest_by_arrival_whatever_the_due_date()
    {
        await _bot.SendFileAsync(_health, "p3.jpg", [3, 3, 3], "#1");
        await _bot.SayConfirmedAsync(BotHarness.Admin, "/ghinhan SYT #1 ban giay, van thu nhan ngay 24/10");

        var record = (await _bot.SayAsync(BotHarness.Admin, "/donvi SYT")).Text();
        var tasks = (await _bot.SayAsync(_health, "/viec")).Text();
        await _bot.SayAsync(BotHarness.Admin, "/suahan #1 trước 24/10/2024 xác nhận");
        var movedRecord = (await _bot.SayAsync(BotHarness.Admin, "/donvi SYT")).Text();
        var movedTasks = (await _bot.SayAsync(_health, "/viec")).Text();

        Assert.Contains("Nộp 24/10/2024 (đúng hạn, bản giấy), 2 lần nộp, bản mới nhất 10:30 25/10/2024, biên nhận BN2024-00001", record, StringComparison.Ordinal);
        Assert.Contains("Nộp 24/10/2024 (đúng hạn, bản giấy), 2 lần nộp, bản mới nhất 10:30 25/10/2024, biên nhận BN2024-00001", movedRecord, StringComparison.Ordinal);
        foreach (var own in new[] { tasks, movedTasks })
        {
            Assert.Contains("Đã nộp 24/10/2024 (đúng hạn, 2 lần nộp), biên nhận (nộp qua bot: biên nhận BN2024-00001; ghi nhận ngoài bot: BN2024-00002)", own, StringComparison.Ordinal);
        }
    }
}
