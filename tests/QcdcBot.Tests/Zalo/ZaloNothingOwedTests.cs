using System.Text.RegularExpressions;

namespace QcdcBot.Tests.Zalo;

/// <summary>
/// "em gửi file rồi" from a unit that owes nothing: the reply says nothing is owed, names what was handed in and when,
/// and offers the upload link only for adding pages or a new version.
/// </summary>
public sealed partial class ZaloConversationTests
{
    [Theory]
    [InlineData("minh da gui file pdf roi nhe")]
    [InlineData("em gửi file word rồi ạ")]
    public async Task Saying_a_file_was_sent_when_nothing_is_owed_says_so_and_names_what_was_handed_in(string said)
    {
        await ZaloSeed.SecretaryAsync(_host, Secretary);
        var deadline = await ZaloSeed.DeadlineAsync(_host, "Báo cáo tình hình tư tưởng cán bộ", new DateOnly(2027, 12, 21));
        _api.Enqueue(ZaloEvents.Image(Secretary, _api.AddImage("tt.jpg", [3, 1, 4, 1]), caption: $"#{deadline.Id}"));
        var receipt = await _api.WaitForMessageAsync(Secretary, "Biên nhận số");
        var receiptNo = Regex.Match(receipt.Text!, @"Biên nhận số (\S+)").Groups[1].Value;

        _api.Enqueue(ZaloEvents.Text(Secretary, said));

        var reply = await _api.WaitForMessageAsync(Secretary, "không còn việc nào phải nộp");
        Assert.Contains(receiptNo, reply.Text, StringComparison.Ordinal);
        Assert.Contains($"#{deadline.Id} \"{deadline.Title}\"", reply.Text, StringComparison.Ordinal);
        Assert.Contains("thêm trang hoặc gửi bản mới", reply.Text, StringComparison.Ordinal);
        Assert.Contains("https://qcdc.example.vn/nop/", reply.Text, StringComparison.Ordinal);
    }
}
