using QcdcBot.Storage.Statuses;

namespace QcdcBot.Tests.Conversation;

/// <summary>A number in a status reply is the deadline's own number, as in a caption; a lone number with nothing open says what numbers do.</summary>
public sealed class BareNumberTests
{
    [Theory]
    [InlineData("bên em đang làm {0} ạ")]
    [InlineData("{0} dang lam")]
    [InlineData("đã gửi bản giấy {0} rồi")]
    public async Task A_lone_number_in_a_status_reply_is_the_deadlines_own_number(string pattern)
    {
        await using var bot = await BotHarness.CreateAsync();
        await bot.AssignAsync("Kế hoạch QCDC trước ngày 30/11/2024");
        var report = await bot.AssignAsync("Báo cáo tự kiểm tra trước ngày 25/11/2024");
        await bot.AssignAsync("Báo cáo công tác tuyên truyền trước ngày 28/11/2024");
        var secretary = await bot.RegisterSecretaryAsync("NHNN");

        var reply = await bot.SayAsync(secretary, string.Format(System.Globalization.CultureInfo.InvariantCulture, pattern, report.Id));

        Assert.DoesNotContain("cho việc nào", reply.Text(), StringComparison.Ordinal);
        Assert.Contains("Báo cáo tự kiểm tra", reply.Text(), StringComparison.Ordinal);
        var unit = await bot.UnitAsync("NHNN");
        Assert.Contains(await bot.Get<StatusNoteStore>().ForUnitAsync(unit.Id), n => n.DeadlineId == report.Id);
    }

    [Fact]
    public async Task A_number_that_is_part_of_a_name_is_not_read_as_a_deadline_number()
    {
        await using var bot = await BotHarness.CreateAsync();
        await bot.AssignAsync("Kế hoạch QCDC trước ngày 30/11/2024");
        await bot.AssignAsync("Báo cáo tự kiểm tra trước ngày 25/11/2024");
        await bot.AssignAsync("Báo cáo công tác tuyên truyền trước ngày 28/11/2024");
        var secretary = await bot.RegisterSecretaryAsync("NHNN");

        var reply = await bot.SayAsync(secretary, "đang làm bc quý 2");

        Assert.DoesNotContain("Việc #2", reply.Text(), StringComparison.Ordinal);
        Assert.Equal(0, await bot.CountAsync("status_notes"));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_lone_number_with_no_question_open_says_what_a_number_can_do(bool secretary)
    {
        await using var bot = await BotHarness.CreateAsync();
        await bot.AssignAsync("Kế hoạch QCDC trước ngày 30/11/2024");
        await bot.AssignAsync("Báo cáo tự kiểm tra trước ngày 25/11/2024");
        var user = secretary ? await bot.RegisterSecretaryAsync("NHNN") : BotHarness.Admin;

        var reply = await bot.SayAsync(user, "2");

        Assert.DoesNotContain("Bot chưa hiểu", reply.Text(), StringComparison.Ordinal);
        Assert.Contains("việc #2", reply.Text(), StringComparison.Ordinal);
        Assert.Contains(secretary ? "đang làm #2" : "/tinhhinh #2", reply.Text(), StringComparison.Ordinal);
    }
}
