using QcdcBot.Storage.ExtensionRequests;

namespace QcdcBot.Tests.Conversation;

/// <summary>
/// "em xin lại đến 22/12 được không ạ" right after the office refused the unit's request is that request asked again
/// (tester12g, issue 12 point 6): the bot asks to confirm for that deadline, never "Bot chưa hiểu", and the request
/// words are no reason. Today is Wednesday 16/12/2026; the unit owes three deadlines.
/// </summary>
public sealed class ExtensionAskedAgainAfterRefusalTests
{
    [Theory]
    [InlineData("em xin lai den 22/12 duoc khong a", "")]
    [InlineData("a e xin lại tới 23/12 dc ko a", "")]
    [InlineData("em xin lại đến 22/12 vì chưa họp chi ủy", "chưa họp chi ủy")]
    public async Task Asking_again_after_a_refusal_is_a_new_request_for_that_deadline(string line, string reason)
    {
        await using var bot = await BotHarness.CreateAsync(new DateTimeOffset(2026, 12, 10, 2, 0, 0, TimeSpan.Zero));
        await bot.AssignAsync("Kế hoạch thực hiện Quy chế dân chủ ở cơ sở năm 2026 trước ngày 15/12/2026");
        var plan = await bot.AssignAsync("Ke hoach thuc hien QCDC nam 2027 trước ngày 18/12/2026");
        await bot.AssignAsync("Bao cao so ket 6 thang cong tac dan van trước ngày 28/12/2026");
        var secretary = await bot.RegisterSecretaryAsync("NHNN");
        bot.SetLocalTime(2026, 12, 16, 9, 0);
        Assert.Contains("Đã gửi đề nghị gia hạn", (await bot.SayAsync(secretary, "xin gia han kh 2027 den 25/12 vi dc bi thu di cong tac")).Text(), StringComparison.Ordinal);
        await bot.SayAsync(BotHarness.Admin, "/tuchoi 1 han chot khong lui duoc");

        var asked = (await bot.SayAsync(secretary, line)).Text();

        Assert.DoesNotContain("Bot chưa hiểu", asked, StringComparison.Ordinal);
        Assert.Contains($"Bạn muốn xin gia hạn việc #{plan.Id} \"{plan.Title}\" đến", asked, StringComparison.Ordinal);
        Assert.Contains("đề nghị số 1 đến 25/12/2026 đã bị từ chối", asked, StringComparison.Ordinal);
        var sent = await bot.SayAsync(secretary, "1");
        Assert.Contains("Đã gửi đề nghị gia hạn", sent.Text(), StringComparison.Ordinal);
        var again = (await bot.Get<ExtensionRequestStore>().ForDeadlineAsync(plan.Id)).Single(r => r.State == ExtensionState.Pending);
        Assert.Equal(reason, again.Reason);
    }
}
