using QcdcBot.Scheduling.Reminders;
using QcdcBot.Storage.Statuses;

namespace QcdcBot.Tests.Conversation;

/// <summary>
/// What a view says a unit owes agrees with what the unit was told: a closed deadline is owed by nobody in /donvi, a
/// reminder after /chuanhan says the office did not receive it, an excused unit's /viec says "được miễn", and
/// /nhacngay names the units it could not reach instead of claiming a list was sent apart.
/// </summary>
public sealed class OwedWordingAgreesTests
{
    [Theory]
    [InlineData("/donghan #{0}", "CTK")]
    [InlineData("/donghan #{0} xacnhan", "NHNN")]
    public async Task A_closed_deadline_in_donvi_is_marked_ended_and_not_owed(string close, string code)
    {
        await using var bot = await BotHarness.CreateAsync();
        var deadline = await bot.AssignAsync("Báo cáo tổng kết năm 2024 trước ngày 30/10/2024 cho NHNN, CTK");
        await bot.SayConfirmedAsync(BotHarness.Admin, string.Format(System.Globalization.CultureInfo.InvariantCulture, close, deadline.Id));

        var record = (await bot.SayAsync(BotHarness.Admin, $"/donvi {code}")).Text();
        var progress = (await bot.SayAsync(BotHarness.Admin, $"/tinhhinh #{deadline.Id}")).Text();

        Assert.Contains($"#{deadline.Id} {deadline.Title} [đã kết thúc]", record, StringComparison.Ordinal);
        Assert.Contains("Chưa nộp — việc đã kết thúc, không cần nộp nữa", record, StringComparison.Ordinal);
        Assert.DoesNotContain("Chưa nộp\n", record + "\n", StringComparison.Ordinal);
        Assert.Contains("[đã kết thúc]", progress, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("đã chuyển bản cứng lên văn thư", "văn thư chưa nhận được")]
    [InlineData("em gui qua email roi a", "")]
    public async Task The_reminder_after_chuanhan_says_the_office_did_not_receive_it_and_the_unit_still_owes(string claim, string why)
    {
        await using var bot = await BotHarness.CreateAsync();
        var deadline = await bot.AssignAsync("Báo cáo kết quả thực hiện QCDC trước ngày 1/11/2024 cho SKHDT");
        var secretary = await bot.RegisterSecretaryAsync("SKHDT");
        await bot.SayAsync(secretary, claim);
        await bot.SayConfirmedAsync(BotHarness.Admin, $"/chuanhan SKHDT #{deadline.Id} {why}".TrimEnd());

        bot.SetLocalTime(2024, 10, 25, 9, 0);
        await bot.Get<ReminderSweep>().RunAsync();

        var reminder = Assert.Single(await DayOffDueDateTests.RemindersToAsync(bot, secretary)).Text;
        Assert.Contains("Ban Tuyên giáo chưa nhận được: đơn vị vẫn phải nộp", reminder, StringComparison.Ordinal);
        Assert.DoesNotContain("sẽ ghi nhận khi nhận được", reminder, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_excused_unit_reads_its_deadline_as_excused_not_handed_in_while_the_office_reads_it_complete()
    {
        await using var bot = await BotHarness.CreateAsync();
        var excused = await bot.AssignAsync("Báo cáo vụ việc phát sinh trước ngày 25/10/2024 cho CTK");
        var handed = await bot.AssignAsync("Kế hoạch tiếp xúc cử tri trước ngày 28/10/2024 cho CTK");
        var secretary = await bot.RegisterSecretaryAsync("CTK");
        var notes = bot.Get<StatusNoteStore>();
        var note = await notes.AddAsync((await bot.UnitAsync("CTK")).Id, excused.Id, StatusState.NothingToReport, "không có nội dung phát sinh", null, "test");
        await notes.AcceptExcuseAsync(note.Id, "test");
        await bot.SendFileAsync(secretary, "kh.docx", [1, 2], $"#{handed.Id}");

        var tasks = (await bot.SayAsync(secretary, "/viec")).Text();
        var progress = (await bot.SayAsync(BotHarness.Admin, $"/tinhhinh #{excused.Id}")).Text();

        Assert.Contains($"#{excused.Id} {excused.Title} — hạn Thứ Sáu, 25/10/2024 (được miễn)", tasks, StringComparison.Ordinal);
        Assert.Contains($"#{handed.Id} {handed.Title} — hạn Thứ Hai, 28/10/2024 (đã nộp đủ)", tasks, StringComparison.Ordinal);
        Assert.Contains("(đã nộp đủ)", progress, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Nhacngay_names_the_units_nobody_can_be_reached_for_instead_of_claiming_a_list_was_sent()
    {
        await using var bot = await BotHarness.CreateAsync();
        await bot.RegisterSecretaryAsync("NHNN");
        var deadline = await bot.AssignAsync("Báo cáo sơ kết QCDC trước ngày 31/10/2024 cho NHNN, CTK, TTRA");

        var reply = (await bot.SayAsync(BotHarness.Admin, $"/nhacngay #{deadline.Id}")).Text();

        Assert.Contains("2 đơn vị chưa có ai nhận tin nên không được nhắc: ", reply, StringComparison.Ordinal);
        Assert.Contains("TTRA", reply, StringComparison.Ordinal);
        Assert.Contains("CTK", reply, StringComparison.Ordinal);
        Assert.DoesNotContain("gửi riêng", reply, StringComparison.Ordinal);
    }
}
