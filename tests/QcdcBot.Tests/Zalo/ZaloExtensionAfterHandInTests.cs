using System.Text.RegularExpressions;

namespace QcdcBot.Tests.Zalo;

/// <summary>
/// An extension asked, then the unit hands in, then the admin approves: the admin is told of the receipt and asked,
/// and /viec never shows "gia hạn" beside "Đã nộp".
/// </summary>
public sealed partial class ZaloConversationTests
{
    [Fact]
    public async Task Approving_an_extension_after_the_unit_handed_in_names_the_receipt_and_asks_and_viec_shows_no_extension_beside_the_receipt()
    {
        await ZaloSeed.SecretaryAsync(_host, Secretary);
        await ZaloSeed.SecretaryAsync(_host, SecondSecretary);
        var deadline = await ZaloSeed.DeadlineAsync(_host, "Báo cáo sơ kết QCDC quý I", new DateOnly(2027, 12, 10));
        var request = await AskExtensionAsync(deadline, "24/12/2027");
        var id = Regex.Match(request.Text!, @"Đề nghị gia hạn số (\d+)").Groups[1].Value;
        _api.Enqueue(ZaloEvents.Image(SecondSecretary, _api.AddImage("bc.jpg", [7, 7, 7, 7]), caption: $"#{deadline.Id}"));
        await _api.WaitForMessageAsync(SecondSecretary, "Biên nhận số");

        _api.Enqueue(ZaloEvents.Text(ZaloTestHost.Admin, $"/duyet {id}"));

        var asked = await _api.WaitForMessageAsync(ZaloTestHost.Admin, "Vẫn đồng ý gia hạn?");
        Assert.Contains("đã nộp \"Báo cáo sơ kết QCDC quý I\" (biên nhận số BN", asked.Text, StringComparison.Ordinal);
        Assert.Contains("sau khi xin gia hạn", asked.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(_api.MessagesTo(ZaloTestHost.Admin), m => m.Contains("Đã đồng ý", StringComparison.Ordinal));
        _api.Enqueue(ZaloEvents.Text(ZaloTestHost.Admin, "1"));
        await _api.WaitForMessageAsync(ZaloTestHost.Admin, "Đã đồng ý đề nghị");
        _api.Enqueue(ZaloEvents.Text(Secretary, "/viec"));

        var tasks = await _api.WaitForMessageAsync(Secretary, "Việc của");
        Assert.Contains("Đã nộp", tasks.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("đã được gia hạn", tasks.Text, StringComparison.Ordinal);
    }
}
