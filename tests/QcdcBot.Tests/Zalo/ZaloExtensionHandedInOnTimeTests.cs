namespace QcdcBot.Tests.Zalo;

/// <summary>
/// "/giahan #N …" for a deadline the unit handed in on time says it was handed in on time, on which day, and needs no
/// extension; another deadline is offered only when one fits the request.
/// </summary>
public sealed partial class ZaloConversationTests
{
    [Fact]
    public async Task An_extension_asked_for_a_deadline_handed_in_on_time_says_so_with_its_date_and_offers_the_one_still_owed()
    {
        await ZaloSeed.SecretaryAsync(_host, Secretary);
        var handed = await ZaloSeed.DeadlineAsync(_host, "Báo cáo kết quả đối thoại với nhân dân", new DateOnly(2027, 12, 16));
        var owed = await ZaloSeed.DeadlineAsync(_host, "Kế hoạch tuyên truyền pháp luật năm 2028", new DateOnly(2027, 12, 9));
        _api.Enqueue(ZaloEvents.Image(Secretary, _api.AddImage("dt.jpg", [4, 5, 6]), caption: $"#{handed.Id}"));
        await _api.WaitForMessageAsync(Secretary, "Biên nhận số");

        _api.Enqueue(ZaloEvents.Text(Secretary, $"/giahan #{handed.Id} thêm 5 ngày vì chờ ký"));

        var said = await _api.WaitForMessageAsync(Secretary, "không cần gia hạn");
        Assert.Contains($"Việc #{handed.Id} \"Báo cáo kết quả đối thoại với nhân dân\" đã nộp (đúng hạn) ngày ", said.Text, StringComparison.Ordinal);
        var asked = await _api.WaitForMessageAsync(Secretary, "cho việc nào?");
        Assert.Contains($"#{owed.Id}", asked.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(_api.MessagesTo(Secretary), m => m.Contains("không ghi vào việc đó", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_extension_asked_for_a_deadline_handed_in_on_time_asks_nothing_when_no_other_deadline_fits()
    {
        await ZaloSeed.SecretaryAsync(_host, Secretary);
        var handed = await ZaloSeed.DeadlineAsync(_host, "Báo cáo công tác dân vận quý IV", new DateOnly(2027, 12, 12));
        await ZaloSeed.DeadlineAsync(_host, "Kế hoạch kiểm tra giám sát năm 2028", new DateOnly(2027, 12, 28));
        _api.Enqueue(ZaloEvents.Image(Secretary, _api.AddImage("dv.jpg", [8, 9]), caption: $"#{handed.Id}"));
        await _api.WaitForMessageAsync(Secretary, "Biên nhận số");

        // The other deadline is due after the date asked: nothing else fits.
        _api.Enqueue(ZaloEvents.Text(Secretary, $"/giahan #{handed.Id} 20/12/2027 chờ số liệu"));

        await _api.WaitForMessageAsync(Secretary, "không cần gia hạn");
        _api.Enqueue(ZaloEvents.Text(Secretary, "/toi"));
        await _api.WaitForMessageAsync(Secretary, "zalo:");
        Assert.DoesNotContain(_api.MessagesTo(Secretary), m => m.Contains("cho việc nào?", StringComparison.Ordinal) || m.Contains("Không đưa vào danh sách", StringComparison.Ordinal) || m.Contains("Không có việc nào đang mở", StringComparison.Ordinal));
    }
}
