using QcdcBot.Storage.ExtensionRequests;

namespace QcdcBot.Tests.Conversation;

/// <summary>
/// /donvi says what was decided: the date an approval gave (not only the date asked), why a request closed as no
/// longer needed is closed, and a cancelled deadline as owed by nobody (office15 findings 8 and 13).
/// </summary>
public sealed class UnitRecordWordingTests
{
    [Theory]
    [InlineData("/duyet 1 1/11/2024", "")]
    [InlineData("/duyet 1", "dời")]
    public async Task An_approval_to_another_date_than_asked_shows_the_date_granted(string approve, string then)
    {
        await using var bot = await BotHarness.CreateAsync();
        await bot.AssignAsync("Báo cáo kết quả đối thoại trước ngày 25/10/2024 cho SYT");
        var secretary = await bot.RegisterSecretaryAsync("SYT");
        await bot.SayAsync(secretary, "/giahan 3/11/2024 chờ họp chi ủy");
        await bot.SayConfirmedAsync(BotHarness.Admin, approve);
        if (then.Length > 0)
        {
            await bot.SayAsync(BotHarness.Admin, then);
        }

        Assert.Equal(ExtensionState.Approved, (await bot.Get<ExtensionRequestStore>().GetAsync(1))!.State);
        var record = (await bot.SayAsync(BotHarness.Admin, "/donvi SYT")).Text();

        Assert.Contains("Xin gia hạn đến 3/11/2024: đã đồng ý đến 1/11/2024", record, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("xin gia hạn đến 5/11/2024 vì chưa họp chi ủy", "8/11/2024")]
    [InlineData("/giahan 6/11/2024 chờ ký", "6/11/2024")]
    public async Task A_request_closed_by_a_new_due_date_is_not_said_to_be_closed_because_the_unit_handed_in(string request, string moveTo)
    {
        await using var bot = await BotHarness.CreateAsync();
        var deadline = await bot.AssignAsync("Kế hoạch học tập nghị quyết trước ngày 31/10/2024 cho NHNN");
        var secretary = await bot.RegisterSecretaryAsync("NHNN");
        await bot.SayAsync(secretary, request);
        await bot.SayConfirmedAsync(BotHarness.Admin, $"/suahan #{deadline.Id} trước {moveTo}");

        var record = (await bot.SayAsync(BotHarness.Admin, "/donvi NHNN")).Text();

        Assert.Contains($"không còn cần (hạn mới của việc #{deadline.Id} là {moveTo}", record, StringComparison.Ordinal);
        Assert.DoesNotContain("đơn vị đã nộp", record, StringComparison.Ordinal);
        Assert.Contains("Chưa nộp", record, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/huyhan #{0}")]
    [InlineData("/huyhan {0}")]
    public async Task A_cancelled_deadline_reads_as_owed_by_nobody(string cancel)
    {
        await using var bot = await BotHarness.CreateAsync();
        var deadline = await bot.AssignAsync("Báo cáo chuyên đề dân vận trước ngày 30/10/2024 cho CTK");
        await bot.SayConfirmedAsync(BotHarness.Admin, string.Format(System.Globalization.CultureInfo.InvariantCulture, cancel, deadline.Id));

        var record = (await bot.SayAsync(BotHarness.Admin, "/donvi CTK")).Text();

        Assert.Contains("[đã hủy]", record, StringComparison.Ordinal);
        Assert.Contains("Đã hủy — không cần nộp", record, StringComparison.Ordinal);
        Assert.DoesNotContain("Chưa nộp", record, StringComparison.Ordinal);
    }
}
