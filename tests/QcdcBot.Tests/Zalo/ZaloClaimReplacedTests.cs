namespace QcdcBot.Tests.Zalo;

/// <summary>A colleague's "không có nội dung phát sinh" still waiting for the office, replaced by another member's "đang làm", is told to all it concerns.</summary>
public sealed partial class ZaloConversationTests
{
    [Theory]
    [InlineData("#{0} dang lam a")]
    [InlineData("đang làm #{0}")]
    public async Task A_colleagues_waiting_claim_replaced_by_dang_lam_tells_the_colleague_and_the_office(string typed)
    {
        await ZaloSeed.SecretaryAsync(_host, Secretary);
        await ZaloSeed.SecretaryAsync(_host, SecondSecretary);
        var deadline = await ZaloSeed.DeadlineAsync(_host, "Báo cáo vụ việc khiếu nại phát sinh", new DateOnly(2027, 12, 9));
        _api.Enqueue(ZaloEvents.Text(Secretary, $"#{deadline.Id} khong co noi dung phat sinh"));
        await _api.WaitForMessageAsync(ZaloTestHost.Admin, "/chapnhan");

        _api.Enqueue(ZaloEvents.Text(SecondSecretary, string.Format(System.Globalization.CultureInfo.InvariantCulture, typed, deadline.Id)));

        var answer = await _api.WaitForMessageAsync(SecondSecretary, "Đã ghi nhận");
        Assert.Contains("Thay cho báo \"không có nội dung phát sinh\" trước đó của", answer.Text, StringComparison.Ordinal);
        Assert.Contains("bot đã báo cho người đó", answer.Text, StringComparison.Ordinal);
        var told = await _api.WaitForMessageAsync(Secretary, "không còn chờ");
        Assert.Contains($"việc #{deadline.Id}", told.Text, StringComparison.Ordinal);
        var office = await _api.WaitForMessageAsync(ZaloTestHost.Admin, "không cần /chapnhan");
        Assert.Contains("bằng \"đang làm\"", office.Text, StringComparison.Ordinal);
    }
}
