using QcdcBot.Storage.ExtensionRequests;

namespace QcdcBot.Tests.Conversation;

/// <summary>
/// An extension asked in a sentence is read as the unit wrote it (tester12g, issue 12 point 6): the length before "vì"
/// is the request and a day named after it is the reason's; what is left of the request's own words ("cho chi bộ em",
/// the deadline's name, "sang") is never the reason the office reads; "ngày làm việc" are counted as working days.
/// Today is Wednesday 16/12/2026; "Kế hoạch … 2027" is due Friday 18/12, the "sơ kết" report Monday 28/12.
/// </summary>
public sealed class ExtensionLengthBeforeReasonTests
{
    private static readonly DateTimeOffset Wednesday = new(2026, 12, 16, 3, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("xin gia han bc so ket them 1 tuan vi thu 2 tuan sau chi bo moi hop", "4/1/2027", "thu 2 tuan sau chi bo moi hop")]
    [InlineData("xin lui han bc so ket 1 tuan vi t2 tuan sau moi hop", "4/1/2027", "t2 tuan sau moi hop")]
    [InlineData("cho em thêm 3 ngày cho báo cáo sơ kết, do thứ hai tuần sau chi ủy mới họp", "31/12/2026", "thứ hai tuần sau chi ủy mới họp")]
    [InlineData("xin gia hạn báo cáo sơ kết thêm 1 tuần vì 30/12 chi bộ mới họp", "4/1/2027", "30/12 chi bộ mới họp")]
    public async Task A_length_before_the_reason_is_the_request_and_a_day_in_the_reason_stays_the_reason_s(string text, string date, string reason)
    {
        await using var bot = await BotHarness.CreateAsync(Wednesday);
        await bot.AssignAsync("Ke hoach thuc hien QCDC nam 2027 trước ngày 18/12/2026");
        var report = await bot.AssignAsync("Bao cao so ket 6 thang cong tac dan van trước ngày 28/12/2026");
        var secretary = await bot.RegisterSecretaryAsync("NHNN");

        var reply = await bot.SayAsync(secretary, text);

        Assert.Contains("Đã gửi đề nghị gia hạn", reply.Text(), StringComparison.Ordinal);
        var request = Assert.Single(await bot.Get<ExtensionRequestStore>().ForDeadlineAsync(report.Id));
        Assert.Equal(DateOnly.ParseExact(date, "d/M/yyyy", System.Globalization.CultureInfo.InvariantCulture), request.RequestedDate);
        Assert.Equal(reason, request.Reason);
        Assert.Contains($"Lý do: {reason}\n", reply.Proactive[0].Message.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("cho chi bo em lui han ke hoach 2027 sang thu 3 tuan sau nhe", "22/12/2026", "")]
    [InlineData("cho em lùi hạn kế hoạch 2027 sang thứ ba tuần sau nhé", "22/12/2026", "")]
    [InlineData("cho em them 5 ngay cho kh 2027, thu 3 chi bo moi hop", "23/12/2026", "thu 3 chi bo moi hop")]
    [InlineData("xin them 3 ngay lam viec cho kh 2027 a", "23/12/2026", "")]
    [InlineData("cho em xin thêm 2 ngày làm việc cho kế hoạch 2027 ạ", "22/12/2026", "")]
    public async Task What_is_left_of_the_request_is_no_reason_and_working_days_are_counted_as_such(string text, string date, string reason)
    {
        await using var bot = await BotHarness.CreateAsync(Wednesday);
        var plan = await bot.AssignAsync("Ke hoach thuc hien QCDC nam 2027 trước ngày 18/12/2026");
        await bot.AssignAsync("Bao cao so ket 6 thang cong tac dan van trước ngày 28/12/2026");
        var secretary = await bot.RegisterSecretaryAsync("NHNN");

        var reply = await bot.SayAsync(secretary, text);

        var request = Assert.Single(await bot.Get<ExtensionRequestStore>().ForDeadlineAsync(plan.Id));
        Assert.Equal(DateOnly.ParseExact(date, "d/M/yyyy", System.Globalization.CultureInfo.InvariantCulture), request.RequestedDate);
        Assert.Equal(reason, request.Reason);
        Assert.Contains($"Lý do: {(reason.Length == 0 ? "(không ghi)" : reason)}\n", reply.Proactive[0].Message.Text, StringComparison.Ordinal);
        if (text.Contains("lam viec", StringComparison.Ordinal) || text.Contains("làm việc", StringComparison.Ordinal))
        {
            Assert.Contains("ngày làm việc từ hạn hiện tại 18/12/2026", reply.Text(), StringComparison.Ordinal);
        }
    }
}
