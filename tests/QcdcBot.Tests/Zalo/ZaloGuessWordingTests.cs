using System.Globalization;

namespace QcdcBot.Tests.Zalo;

/// <summary>The default guess is named plainly: "Hiểu là việc #3 "…", việc bot nhắc bạn gần nhất; nếu không phải, gõ số việc".</summary>
public sealed partial class ZaloConversationTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("em gửi ạ")]
    public async Task The_guess_names_the_deadline_as_the_one_the_bot_reminded_of_last_and_how_to_say_another(string? caption)
    {
        await ZaloSeed.SecretaryAsync(_host, Secretary);
        var other = await ZaloSeed.DeadlineAsync(_host, "Báo cáo sơ kết QCDC quý I", new DateOnly(2027, 12, 19));
        var reminded = await ZaloSeed.DeadlineAsync(_host, "Kế hoạch QCDC năm 2028", new DateOnly(2027, 12, 30));
        _api.Enqueue(ZaloEvents.Text(ZaloTestHost.Admin, $"/nhacngay #{reminded.Id}"));
        await _api.WaitForMessageAsync(Secretary, "Nhắc việc");

        _api.Enqueue(ZaloEvents.Image(Secretary, _api.AddImage("trang.jpg", [2, 7, 1]), caption));

        var note = await _api.WaitForMessageAsync(Secretary, "Hiểu là việc");
        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"Hiểu là việc #{reminded.Id} \"Kế hoạch QCDC năm 2028\", việc bot nhắc bạn gần nhất; nếu không phải, gõ số việc đúng, ví dụ \"#{other.Id}\", hoặc \"gửi nhầm\" để chuyển bài này sang việc đó"),
            note.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("nhắn gần nhất", note.Text, StringComparison.Ordinal);
    }
}
