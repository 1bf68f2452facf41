using QcdcBot.Storage.Statuses;

namespace QcdcBot.Tests.Conversation;

/// <summary>
/// /donvi shows each deadline's current state: an excused one reads "Được miễn", never "Chưa nộp"; a unit's "đã gửi
/// qua email" or "đã gửi bản giấy" is history once the office has recorded what arrived (/ghinhan).
/// </summary>
public sealed class UnitRecordCurrentStateTests
{
    [Theory]
    [InlineData("đơn vị em không có nội dung phát sinh ạ")]
    [InlineData("ko co nd phat sinh")]
    public async Task An_excused_deadline_reads_excused_in_the_units_record_not_unsubmitted(string said)
    {
        await using var bot = await BotHarness.CreateAsync();
        var deadline = await bot.AssignAsync("Báo cáo kết quả đối thoại trước ngày 25/10/2024 cho KBNN");
        var secretary = await bot.RegisterSecretaryAsync("KBNN");
        await bot.SayAsync(secretary, said);
        var note = Assert.Single(await bot.Get<StatusNoteStore>().ForUnitAsync((await bot.UnitAsync("KBNN")).Id));
        await bot.SayAsync(BotHarness.Admin, $"/chapnhan {note.Id}");
        await bot.SayAsync(BotHarness.Admin, "1");

        var record = (await bot.SayAsync(BotHarness.Admin, "/donvi KBNN")).Text();

        var line = record[record.IndexOf($"#{deadline.Id} ", StringComparison.Ordinal)..];
        Assert.Contains("Được miễn", line, StringComparison.Ordinal);
        Assert.DoesNotContain("Chưa nộp", line, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("đã gửi qua email rồi ạ")]
    [InlineData("da gui ban giay")]
    public async Task A_units_sent_outside_reply_is_not_shown_as_the_state_once_the_office_recorded_it(string said)
    {
        await using var bot = await BotHarness.CreateAsync();
        var deadline = await bot.AssignAsync("Báo cáo kết quả đối thoại trước ngày 25/10/2024 cho KBNN");
        var secretary = await bot.RegisterSecretaryAsync("KBNN");
        await bot.SayAsync(secretary, said);
        // The unit says it a day after the e-mail came: the office records the day it came.
        await bot.SayAsync(BotHarness.Admin, $"/ghinhan KBNN #{deadline.Id} nhận ngày 19/10/2024");
        await bot.SayAsync(BotHarness.Admin, "1");

        var record = (await bot.SayAsync(BotHarness.Admin, "/donvi KBNN")).Text();

        Assert.Contains("biên nhận", record, StringComparison.Ordinal);
        Assert.DoesNotContain("Trạng thái:", record, StringComparison.Ordinal);
    }
}
