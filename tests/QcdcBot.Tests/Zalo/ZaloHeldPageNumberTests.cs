using QcdcBot.Storage.Submissions;

namespace QcdcBot.Tests.Zalo;

/// <summary>A photo held by "nộp cho việc nào?" and joined to a colleague's submission filed meanwhile is told with its real page number.</summary>
public sealed partial class ZaloConversationTests
{
    [Fact]
    public async Task A_held_photo_joined_after_a_colleagues_first_page_is_page_two()
    {
        var (unit, _) = await ZaloSeed.SecretaryAsync(_host, Secretary);
        await ZaloSeed.SecretaryAsync(_host, SecondSecretary);
        await ZaloSeed.DeadlineAsync(_host, "Báo cáo giữa kỳ", new DateOnly(2027, 12, 20));
        var chosen = await ZaloSeed.DeadlineAsync(_host, "Kế hoạch kiểm tra", new DateOnly(2027, 12, 10));
        _api.Enqueue(ZaloEvents.Image(Secretary, _api.AddImage("p9.png", [9, 9, 9]), "anh chup"));
        await _api.WaitForMessageAsync(Secretary, "nộp cho việc nào?");
        _api.Enqueue(ZaloEvents.Image(SecondSecretary, _api.AddImage("p1.png", [1, 9, 1]), $"#{chosen.Id} trang 1"));
        await _api.WaitForMessageAsync(SecondSecretary, "Biên nhận số");

        _api.Enqueue(ZaloEvents.Text(Secretary, chosen.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)));

        var added = await _api.WaitForMessageAsync(Secretary, "Đã thêm");
        Assert.Contains("Đã thêm trang 2 vào bài nộp của", added.Text, StringComparison.Ordinal);
        Assert.Equal(2, (await _host.Get<SubmissionStore>().LatestAsync(unit.Id, chosen.Id))!.Files.Count);
    }
}
