using QcdcBot.Storage.ExtensionRequests;

namespace QcdcBot.Tests.Conversation;

/// <summary>
/// The reason the admins read is what follows "vì", "do", "tại", "lý do" wherever it stands in the sentence, never the
/// request's own words before it ("cho em", the deadline's name, "nhé"); words such as "đơn vị", "tự do", "ví dụ" are no cause.
/// </summary>
public sealed class ExtensionReasonAfterCauseTests
{
    [Theory]
    [InlineData("cho em gia han ke hoach qcdc den 15/11 nhe vi chua hop", "chua hop")]
    [InlineData("Cho em gia hạn kế hoạch QCDC đến 15/11 nhé, vì chưa họp chi bộ", "chưa họp chi bộ")]
    [InlineData("e xin gia han kh qcdc toi 15/11 tai chua hop chi uy", "chua hop chi uy")]
    [InlineData("xin gia hạn kế hoạch đến 15/11 do đồng chí bí thư đi học", "đồng chí bí thư đi học")]
    [InlineData("xin gia han den 15/11 vi don vi chua hop xong", "don vi chua hop xong")]
    [InlineData("gia han den 15/11, don vi chua hop xong", "don vi chua hop xong")]
    public async Task The_reason_is_what_follows_the_cause_word(string text, string reason)
    {
        await using var bot = await BotHarness.CreateAsync();
        var deadline = await bot.AssignAsync("Kế hoạch QCDC năm 2025 trước ngày 31/10/2024");
        var secretary = await bot.RegisterSecretaryAsync("XDGT");

        var reply = await bot.SayAsync(secretary, text);

        Assert.Contains("Đã gửi đề nghị gia hạn", reply.Text(), StringComparison.Ordinal);
        Assert.Contains($"Lý do: {reason}\n", reply.Proactive[0].Message.Text, StringComparison.Ordinal);
        Assert.Equal(reason, Assert.Single(await bot.Get<ExtensionRequestStore>().ForDeadlineAsync(deadline.Id)).Reason);
    }

    [Fact]
    public async Task A_request_without_a_date_keeps_only_the_words_after_vi_as_its_reason_once_the_date_is_given()
    {
        await using var bot = await BotHarness.CreateAsync();
        var deadline = await bot.AssignAsync("Kế hoạch QCDC năm 2025 trước ngày 31/10/2024");
        var secretary = await bot.RegisterSecretaryAsync("XDGT");

        await bot.SayAsync(secretary, "cho em gia han ke hoach qcdc nhe vi chua hop");
        var reply = await bot.SayAsync(secretary, "15/11");

        Assert.Contains("Lý do: chua hop\n", reply.Proactive[0].Message.Text, StringComparison.Ordinal);
        Assert.Equal("chua hop", Assert.Single(await bot.Get<ExtensionRequestStore>().ForDeadlineAsync(deadline.Id)).Reason);
    }
}
