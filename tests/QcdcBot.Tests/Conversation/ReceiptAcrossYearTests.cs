using QcdcBot.Storage.Submissions;

namespace QcdcBot.Tests.Conversation;

/// <summary>
/// Paper received late in December and entered in January: the day-month means last year (and says so), and the
/// receipt is numbered in the year it is issued, so receipt numbers never repeat or go backwards within a year.
/// </summary>
public sealed class ReceiptAcrossYearTests : IAsyncLifetime
{
    private BotHarness _bot = null!;
    private string _secretary = null!;
    private long _deadlineId;

    public async Task InitializeAsync()
    {
        _bot = await BotHarness.CreateAsync(new DateTimeOffset(2026, 12, 21, 9, 0, 0, TimeSpan.FromHours(7)));
        _deadlineId = (await _bot.AssignAsync("Báo cáo tổng kết năm 2026 trước ngày 31/12/2026 cho NHNN, CTK, KBNN")).Id;
        _secretary = await _bot.RegisterSecretaryAsync("CTK");
    }

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Theory]
    [InlineData("bản giấy, văn thư nhận ngày 31/12", "31/12/2026")]
    [InlineData("ban giay - ngay nhan 30/12", "30/12/2026")]
    public async Task A_day_month_that_would_be_most_of_a_year_ahead_is_last_year_and_the_year_is_said(string note, string understood)
    {
        _bot.SetLocalTime(2027, 1, 4, 9, 0);

        var asked = (await _bot.SayAsync(BotHarness.Admin, $"/ghinhan NHNN #{_deadlineId} {note}")).Text();
        var recorded = (await _bot.SayAsync(BotHarness.Admin, "1")).Text();

        Assert.Contains($"nhận ngày {understood} (hiểu là năm 2026", asked, StringComparison.Ordinal);
        Assert.Contains($"Văn phòng nhận ngày: {understood}", recorded, StringComparison.Ordinal);
        Assert.Contains("Tình trạng: đúng hạn", recorded, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_handed_in_for_a_unit_with_a_received_day_month_says_the_year_understood()
    {
        _bot.SetLocalTime(2027, 1, 5, 14, 0);

        var asked = (await _bot.SendFileAsync(BotHarness.Admin, "bc-tong-ket.pdf", [4, 4], $"/ghinhan KBNN #{_deadlineId} nhận qua email ngày 29/12")).Text();
        var recorded = (await _bot.SayAsync(BotHarness.Admin, "1")).Text();

        Assert.Contains("hiểu là năm 2026", asked, StringComparison.Ordinal);
        Assert.Contains("Văn phòng nhận ngày: 29/12/2026", recorded, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Receipts_are_numbered_by_the_year_issued_unique_and_rising_within_each_year()
    {
        await _bot.SendFileAsync(_secretary, "tong-ket-ctk.pdf", [1]);
        _bot.SetLocalTime(2027, 1, 4, 9, 0);
        await _bot.SendFileAsync(_secretary, "tong-ket-ctk-ban-sua.pdf", [2], caption: "bản mới");
        await _bot.SayConfirmedAsync(BotHarness.Admin, $"/ghinhan NHNN #{_deadlineId} bản giấy, nhận ngày 30/12");
        await _bot.SendFileAsync(_secretary, "tong-ket-ctk-ban-sua-2.pdf", [3], caption: "bản mới");

        var all = (await _bot.Get<SubmissionStore>().AllForDeadlineAsync(_deadlineId)).OrderBy(s => s.Id).ToList();
        Assert.Equal(4, all.Count);
        Assert.Equal(all.Count, all.Select(s => s.ReceiptNo).Distinct().Count());
        Assert.StartsWith("BN2026-", all[0].ReceiptNo, StringComparison.Ordinal);
        Assert.All(all.Skip(1), s => Assert.StartsWith("BN2027-", s.ReceiptNo, StringComparison.Ordinal));
        var numbers = all.Skip(1).Select(s => int.Parse(s.ReceiptNo[7..], System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(numbers.Order(), numbers);
        Assert.Equal(numbers.Count, numbers.Distinct().Count());
    }

    [Fact]
    public async Task The_first_receipt_of_a_new_year_is_number_one_however_many_the_year_before_issued()
    {
        var ctk = (await _bot.SendFileAsync(_secretary, "tong-ket-ctk.pdf", [1])).Text();
        await _bot.SayConfirmedAsync(BotHarness.Admin, $"/ghinhan KBNN #{_deadlineId} bản giấy");
        await _bot.SayConfirmedAsync(BotHarness.Admin, $"/ghinhan NHNN #{_deadlineId} bản giấy");
        _bot.SetLocalTime(2027, 1, 2, 8, 30);

        var first = (await _bot.SendFileAsync(_secretary, "tong-ket-ctk-bo-sung.pdf", [7], caption: "bản mới")).Text();
        var second = (await _bot.SendFileAsync(_secretary, "tong-ket-ctk-bo-sung-2.pdf", [8], caption: "bản mới")).Text();

        Assert.Contains("BN2026-00001", ctk, StringComparison.Ordinal);
        Assert.Contains("BN2027-00001", first, StringComparison.Ordinal);
        Assert.Contains("BN2027-00002", second, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_submissions_stored_at_once_on_new_years_day_get_two_numbers_of_the_new_year()
    {
        await _bot.SendFileAsync(_secretary, "tong-ket-ctk.pdf", [1]);
        var store = _bot.Get<SubmissionStore>();
        var day = new DateOnly(2027, 1, 1);
        var units = new[] { await _bot.UnitAsync("NHNN"), await _bot.UnitAsync("KBNN") };

        var stored = await Task.WhenAll(units.Select(u => Task.Run(() => store.SubmitAsync(new NewSubmission(
            u.Id, _deadlineId, new DateTimeOffset(2027, 1, 1, 2, 0, 0, TimeSpan.Zero), day, day, new DateOnly(2026, 12, 31),
            BotHarness.Admin, "telegram", SubmissionMethod.Paper, "bản giấy", [])))));

        Assert.Equal(["BN2027-00001", "BN2027-00002"], stored.Select(s => s.Submission.ReceiptNo).Order());
    }
}
