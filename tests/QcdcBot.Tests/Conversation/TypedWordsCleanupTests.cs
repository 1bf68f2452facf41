using QcdcBot.Storage.Deadlines;

namespace QcdcBot.Tests.Conversation;

/// <summary>
/// What people type quickly is stored as the office would write it: a reason without the "a," or "lý do:" that opened
/// it, a title with the chat shorthand ("bc", "kh", "tk") spelled out and shown so in the confirmation.
/// </summary>
public sealed class TypedWordsCleanupTests
{
    [Theory]
    [InlineData("/giahan 6/11/2024 a, em chua hop chi bo", "em chua hop chi bo")]
    [InlineData("/giahan 6/11/2024 lý do: Lý do: chờ đồng chí bí thư ký", "chờ đồng chí bí thư ký")]
    [InlineData("xin gia hạn đến 6/11/2024 dạ, ly do chi bo chua hop", "chi bo chua hop")]
    [InlineData("xin gia han den 6/11/2024 vì a, lý do: đang chờ ký", "đang chờ ký")]
    public async Task An_extension_reason_loses_its_opening_politeness_and_label(string typed, string reason)
    {
        await using var bot = await BotHarness.CreateAsync();
        await bot.AssignAsync("Báo cáo sơ kết QCDC trước ngày 31/10/2024");
        var secretary = await bot.RegisterSecretaryAsync("CTK");

        var sent = await bot.SayAsync(secretary, typed);

        var notice = Assert.Single(sent.Proactive).Message.Text;
        Assert.Contains($"Lý do: {reason}\n", notice, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_refusal_reason_typed_with_its_label_is_sent_once()
    {
        await using var bot = await BotHarness.CreateAsync();
        await bot.AssignAsync("Báo cáo sơ kết QCDC trước ngày 31/10/2024");
        var secretary = await bot.RegisterSecretaryAsync("CTK");
        var asked = await bot.SayAsync(secretary, "/giahan 6/11/2024 chờ họp");
        var id = asked.Proactive[0].Message.Choices[1].Payload.Split(' ')[1];

        var decided = await bot.SayAsync(BotHarness.Admin, $"/tuchoi {id} lý do: đã quá lâu");

        Assert.Contains("Lý do: đã quá lâu.", Assert.Single(decided.Proactive).Message.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("lý do: đã", decided.Text(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("bc 6 thang dau nam trước 20/11/2024", "Báo cáo 6 thang dau nam")]
    [InlineData("Nộp kh 2025 thực hiện QCDC trước 20/11/2024", "Nộp kế hoạch 2025 thực hiện QCDC")]
    [InlineData("TK nam 2024 truoc 20/11/2024", "Tổng kết nam 2024")]
    [InlineData("BC sơ kết 6th trước 20/11/2024", "Báo cáo sơ kết 6 tháng")]
    public async Task A_title_typed_in_shorthand_is_stored_spelled_out_and_shown(string arguments, string title)
    {
        await using var bot = await BotHarness.CreateAsync();

        var reply = (await bot.SayAsync(BotHarness.Admin, "/giao " + arguments)).Text();

        var deadline = Assert.Single(await bot.Get<DeadlineStore>().ListAsync(includeClosed: true));
        Assert.Equal(title, deadline.Title);
        Assert.Contains($": {title}\n", reply, StringComparison.Ordinal);
    }
}
