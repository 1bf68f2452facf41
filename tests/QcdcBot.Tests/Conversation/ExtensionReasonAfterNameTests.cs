using QcdcBot.Storage.ExtensionRequests;

namespace QcdcBot.Tests.Conversation;

/// <summary>
/// A reason right after the deadline's name keeps its first word even when that word is one a name may carry as a
/// little word: "cho" typed without diacritics is often "chờ" ("cho hop chi uy"), and the reason is kept as typed.
/// </summary>
public sealed class ExtensionReasonAfterNameTests
{
    [Theory]
    [InlineData("gia han bc so ket qcdc them 1 tuan cho hop chi uy", "cho hop chi uy")]
    [InlineData("xin lui han bao cao so ket QCDC den 20/11 cho ky duyet", "cho ky duyet")]
    [InlineData("Xin gia hạn báo cáo sơ kết QCDC thêm 3 ngày chờ họp chi ủy", "chờ họp chi ủy")]
    public async Task A_reason_after_the_deadline_name_is_kept_as_typed(string text, string reason)
    {
        await using var bot = await BotHarness.CreateAsync();
        var deadline = await bot.AssignAsync("Báo cáo sơ kết QCDC trước ngày 31/10/2024");
        var secretary = await bot.RegisterSecretaryAsync("XDGT");

        var reply = await bot.SayAsync(secretary, text);

        Assert.Contains("Đã gửi đề nghị gia hạn", reply.Text(), StringComparison.Ordinal);
        Assert.Equal(reason, Assert.Single(await bot.Get<ExtensionRequestStore>().ForDeadlineAsync(deadline.Id)).Reason);
    }
}
