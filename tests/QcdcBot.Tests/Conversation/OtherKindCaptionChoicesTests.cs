namespace QcdcBot.Tests.Conversation;

/// <summary>
/// A photo captioned as a kind of paper no open deadline is ("tờ trình") is offered every open deadline of the unit,
/// never only the ones whose titles its letters happen to resemble ("Tổng kết …").
/// </summary>
public sealed class OtherKindCaptionChoicesTests
{
    [Theory]
    [InlineData("to trinh")]
    [InlineData("tờ trình")]
    [InlineData("To trinh xin y kien")]
    public async Task A_caption_of_a_kind_no_open_deadline_is_offers_every_open_deadline(string caption)
    {
        await using var bot = await BotHarness.CreateAsync();
        var plan = await bot.AssignAsync("Kế hoạch thực hiện QCDC năm 2025 trước ngày 29/11/2024 cho SYT");
        var last = await bot.AssignAsync("Tổng kết năm 2024 trước ngày 15/12/2024 cho SYT");
        var next = await bot.AssignAsync("Tổng kết năm 2025 trước ngày 15/12/2025 cho SYT");
        var topic = await bot.AssignAsync("Báo cáo chuyên đề dân vận khéo trước ngày 10/12/2024 cho SYT");
        var secretary = await bot.RegisterSecretaryAsync("SYT");

        var reply = await bot.SendFileAsync(secretary, "p2.jpg", [3], caption);

        Assert.DoesNotContain("Biên nhận", reply.Text(), StringComparison.Ordinal);
        var offered = reply.Replies.SelectMany(r => r.Choices).Select(c => c.Label).ToList();
        foreach (var d in new[] { plan, last, next, topic })
        {
            Assert.Contains(offered, label => label.Contains($"#{d.Id} ", StringComparison.Ordinal));
        }
    }
}
