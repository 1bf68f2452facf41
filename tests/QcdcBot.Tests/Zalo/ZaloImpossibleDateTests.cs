using System.Globalization;
using System.Text.RegularExpressions;
using QcdcBot.Scheduling.Calendar;

namespace QcdcBot.Tests.Zalo;

/// <summary>A date that does not exist is answered with what to type instead: the same line with a real working day ahead.</summary>
public sealed partial class ZaloConversationTests
{
    [Fact]
    public async Task A_date_that_does_not_exist_is_answered_with_the_line_to_retype_naming_a_working_day_ahead_wherever_it_is_typed()
    {
        await ZaloSeed.SecretaryAsync(_host, Secretary);
        var plan = await ZaloSeed.DeadlineAsync(_host, "Kế hoạch QCDC năm 2027", new DateOnly(2027, 12, 30));

        _api.Enqueue(ZaloEvents.Text(Secretary, "xin lui han kh 2027 den 31/4"));
        var extension = await _api.WaitForMessageAsync(Secretary, "không có thật");
        _api.Enqueue(ZaloEvents.Text(ZaloTestHost.Admin, "/giao Báo cáo chuyên đề trước ngày 30/2/2027 cho tất cả"));
        var creation = await _api.WaitForMessageAsync(ZaloTestHost.Admin, "không có thật");
        _api.Enqueue(ZaloEvents.Text(ZaloTestHost.Admin, $"/suahan #{plan.Id} trước 31/6/2027"));
        await _api.WaitForAsync("sendMessage", c => c.ChatId == ZaloTestHost.Admin && _api.MessagesTo(ZaloTestHost.Admin).Count(m => m.Contains("không có thật", StringComparison.Ordinal)) == 2);
        var edit = _api.MessagesTo(ZaloTestHost.Admin).Last(m => m.Contains("không có thật", StringComparison.Ordinal));

        // An extension's example names the deadline and a date after its due date, not the words typed (see ZaloExtensionExampleTests).
        AssertRetype(extension.Text!, $"/giahan #{plan.Id} ");
        AssertRetype(creation.Text!, "/giao Báo cáo chuyên đề trước ngày ");
        AssertRetype(edit, $"/suahan #{plan.Id} trước ");
    }

    private void AssertRetype(string reply, string line)
    {
        var example = Regex.Match(reply, "ví dụ: " + Regex.Escape(line) + @"(\d{1,2}/\d{1,2}/\d{4})");
        Assert.True(example.Success, reply);
        var date = DateOnly.ParseExact(example.Groups[1].Value, "d/M/yyyy", CultureInfo.InvariantCulture);
        Assert.True(date > _host.Get<OfficeClock>().Today, reply);
        Assert.True(_host.Get<WorkingDayCalendar>().IsWorkingDay(date), reply);
    }
}
