using System.Text.RegularExpressions;

namespace QcdcBot.Tests.Zalo;

/// <summary>A reminder answered with a number: the office's "Nguyên văn:" quotes what was typed and names the choice it picked.</summary>
public sealed partial class ZaloConversationTests
{
    [Theory]
    [InlineData("{0}")]
    [InlineData("so {0}")]
    public async Task The_offices_verbatim_quote_of_a_numbered_answer_shows_the_number_typed_and_the_choice(string typed)
    {
        await ZaloSeed.SecretaryAsync(_host, Secretary);
        var deadline = await ZaloSeed.DeadlineAsync(_host, "Kế hoạch QCDC năm 2028", new DateOnly(2027, 12, 20));
        _api.Enqueue(ZaloEvents.Text(ZaloTestHost.Admin, $"/nhacngay #{deadline.Id}"));
        var reminder = await _api.WaitForMessageAsync(Secretary, "Nhắc việc");
        var number = Regex.Match(reminder.Text!, @"(\d+)\) Đã gửi bản giấy").Groups[1].Value;
        var said = string.Format(System.Globalization.CultureInfo.InvariantCulture, typed, number);

        _api.Enqueue(ZaloEvents.Text(Secretary, said));

        var notice = await _api.WaitForMessageAsync(ZaloTestHost.Admin, "Nguyên văn:");
        Assert.Contains($"Nguyên văn: \"{said}\" (chọn \"Đã gửi bản giấy\")", notice.Text, StringComparison.Ordinal);
    }
}
