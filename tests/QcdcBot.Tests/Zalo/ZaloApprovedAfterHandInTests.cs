using System.Text.RegularExpressions;

namespace QcdcBot.Tests.Zalo;

/// <summary>
/// An extension approved after the unit handed in: the unit hears that its submission stands (receipt, and how it
/// counts), and the admin's reply to a typed /duyet names the unit and the deadline as the reply to its number does.
/// </summary>
public sealed partial class ZaloConversationTests
{
    [Fact]
    public async Task An_extension_approved_after_the_hand_in_tells_the_unit_its_submission_stands_and_names_unit_and_deadline_to_the_admin()
    {
        await ZaloSeed.SecretaryAsync(_host, Secretary);
        await ZaloSeed.SecretaryAsync(_host, SecondSecretary);
        var deadline = await ZaloSeed.DeadlineAsync(_host, "Báo cáo công tác kiểm tra đảng viên", new DateOnly(2027, 12, 10));
        var request = await AskExtensionAsync(deadline, "22/12/2027");
        var id = Regex.Match(request.Text!, @"Đề nghị gia hạn số (\d+)").Groups[1].Value;
        _api.Enqueue(ZaloEvents.Image(SecondSecretary, _api.AddImage("kt.jpg", [9, 9, 9, 9]), caption: $"#{deadline.Id}"));
        var receipt = await _api.WaitForMessageAsync(SecondSecretary, "Biên nhận số");
        var receiptNo = Regex.Match(receipt.Text!, @"Biên nhận số (\S+)").Groups[1].Value;

        _api.Enqueue(ZaloEvents.Text(ZaloTestHost.Admin, $"/duyet {id}"));
        await _api.WaitForMessageAsync(ZaloTestHost.Admin, "Vẫn đồng ý gia hạn?");
        _api.Enqueue(ZaloEvents.Text(ZaloTestHost.Admin, "có"));

        var done = await _api.WaitForMessageAsync(ZaloTestHost.Admin, $"Đã đồng ý đề nghị số {id}");
        Assert.Contains("(NHNN)", done.Text, StringComparison.Ordinal);
        Assert.Contains($"việc #{deadline.Id}", done.Text, StringComparison.Ordinal);
        Assert.Contains(deadline.Title, done.Text, StringComparison.Ordinal);
        var told = await _api.WaitForMessageAsync(Secretary, "đồng ý gia hạn");
        Assert.Contains("vẫn giữ nguyên", told.Text, StringComparison.Ordinal);
        Assert.Contains(receiptNo, told.Text, StringComparison.Ordinal);
        Assert.Contains("đúng hạn", told.Text, StringComparison.Ordinal);
    }
}
