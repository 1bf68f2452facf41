using QcdcBot.Storage.Statuses;

namespace QcdcBot.Tests.Conversation;

/// <summary>
/// A unit's "đã gửi qua email / bản giấy / iOffice" is settled when the office records it with /ghinhan (audited, and
/// the reply says so); a "không có nội dung phát sinh" overtaken by a hand-in leaves the /chapnhan waiting lists.
/// </summary>
public sealed class ClaimSettledByRecordTests
{
    [Theory]
    [InlineData("em đã gửi qua email rồi ạ", "qua email")]
    [InlineData("da gui ban giay len van thu", "bản giấy nhận ngày 21/10/2024")]
    [InlineData("đã gửi qua iOffice số 123", "iOffice")]
    public async Task Recording_what_the_unit_said_it_sent_settles_the_claim_and_says_so(string said, string note)
    {
        await using var bot = await BotHarness.CreateAsync();
        var deadline = await bot.AssignAsync("Báo cáo kết quả thực hiện QCDC trước ngày 25/10/2024 cho NHNN, CTK");
        var secretary = await bot.RegisterSecretaryAsync("NHNN");
        await bot.SayAsync(secretary, said);
        bot.SetLocalTime(2024, 10, 21, 9, 0);

        var recorded = (await bot.SayConfirmedAsync(BotHarness.Admin, $"/ghinhan NHNN #{deadline.Id} {note}")).Text();

        Assert.Contains("nay đã được ghi nhận bằng bài nộp này, không còn chờ kiểm tra", recorded, StringComparison.Ordinal);
        var unit = await bot.UnitAsync("NHNN");
        var claim = Assert.Single(await bot.Get<StatusNoteStore>().LatestForDeadlinesAsync([deadline.Id], unit.Id));
        Assert.EndsWith(BotHarness.Admin, claim.AcceptedBy, StringComparison.Ordinal);
        Assert.NotNull(claim.AcceptedAt);
        Assert.Contains("1/2 đơn vị đã nộp", (await bot.SayAsync(BotHarness.Admin, $"/tinhhinh {deadline.Id}")).Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_nothing_to_report_claim_overtaken_by_a_hand_in_leaves_the_waiting_lists()
    {
        await using var bot = await BotHarness.CreateAsync();
        var deadline = await bot.AssignAsync("Báo cáo kết quả thực hiện QCDC trước ngày 25/10/2024 cho NHNN, CTK");
        var secretary = await bot.RegisterSecretaryAsync("NHNN");
        await bot.SayAsync(secretary, $"k co nd phat sinh #{deadline.Id}");
        var before = (await bot.SayAsync(BotHarness.Admin, "/chapnhan")).Text();

        await bot.SendFileAsync(secretary, "bc.docx", [1, 2, 3], $"#{deadline.Id}");

        Assert.Contains("NHNN", before, StringComparison.Ordinal);
        Assert.StartsWith("Không có báo \"không có nội dung phát sinh\" nào đang chờ", (await bot.SayAsync(BotHarness.Admin, "/chapnhan")).Text(), StringComparison.Ordinal);
        Assert.StartsWith("Không có báo \"không có nội dung phát sinh\" nào đang chờ", (await bot.SayAsync(BotHarness.Admin, "/khongchapnhan")).Text(), StringComparison.Ordinal);
    }
}
