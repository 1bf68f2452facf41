using QcdcBot.Storage.Statuses;

namespace QcdcBot.Tests.Conversation;

/// <summary>
/// A status reply naming several deadline numbers, one of them not the unit's: what is theirs is recorded (or answered)
/// and each other number is said ("#9 không giao cho đơn vị"), never passed over. Today is Sunday 20/10/2024.
/// </summary>
public sealed class StatusNumbersNotTheirsTests
{
    [Theory]
    [InlineData("khong co noi dung phat sinh {0}, {1}", "NothingToReport")]
    [InlineData("ban giay #{0}, #{1}", "SentOnPaper")]
    [InlineData("bên em đang làm {0} và {1} ạ", "InProgress")]
    public async Task The_units_number_is_recorded_and_the_other_is_said_not_given_to_the_unit(string template, string stateName)
    {
        await using var bot = await BotHarness.CreateAsync();
        var theirs = await bot.AssignAsync("Báo cáo sơ kết 6 tháng trước ngày 30/10/2024");
        var other = await bot.AssignAsync("Kế hoạch kiểm tra giám sát năm 2025 trước ngày 15/11/2024");
        var notTheirs = await bot.AssignAsync("Danh sách cán bộ phụ trách trước ngày 5/11/2024 cho CTK");
        var secretary = await bot.RegisterSecretaryAsync("NHNN");

        var reply = (await bot.SayAsync(secretary, string.Format(System.Globalization.CultureInfo.InvariantCulture, template, theirs.Id, notTheirs.Id))).Text();

        var note = Assert.Single(await bot.Get<StatusNoteStore>().ForUnitAsync((await bot.UnitAsync("NHNN")).Id));
        Assert.Equal(theirs.Id, note.DeadlineId);
        Assert.Equal(Enum.Parse<StatusState>(stateName), note.State);
        Assert.Contains(theirs.Title, reply, StringComparison.Ordinal);
        Assert.Contains($"#{notTheirs.Id} không giao cho đơn vị", reply, StringComparison.Ordinal);
        Assert.DoesNotContain(other.Title, reply, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("đã nộp {0} và {1}")]
    [InlineData("dv nop #{0}, #{1} roi a")]
    public async Task Already_sent_for_two_numbers_answers_for_the_units_one_and_says_the_other_is_not_given(string template)
    {
        await using var bot = await BotHarness.CreateAsync();
        var theirs = await bot.AssignAsync("Báo cáo sơ kết 6 tháng trước ngày 30/10/2024");
        var other = await bot.AssignAsync("Kế hoạch kiểm tra giám sát năm 2025 trước ngày 15/11/2024");
        var notTheirs = await bot.AssignAsync("Danh sách cán bộ phụ trách trước ngày 5/11/2024 cho CTK");
        var secretary = await bot.RegisterSecretaryAsync("NHNN");

        var reply = (await bot.SayAsync(secretary, string.Format(System.Globalization.CultureInfo.InvariantCulture, template, theirs.Id, notTheirs.Id))).Text();

        Assert.Contains($"#{notTheirs.Id} không giao cho đơn vị", reply, StringComparison.Ordinal);
        Assert.Contains(theirs.Title, reply, StringComparison.Ordinal);
        Assert.DoesNotContain(other.Title, reply, StringComparison.Ordinal);
        Assert.Equal(0, await bot.CountAsync("status_notes"));
    }
}
