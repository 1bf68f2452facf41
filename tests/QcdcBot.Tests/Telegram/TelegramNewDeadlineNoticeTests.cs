namespace QcdcBot.Tests.Telegram;

/// <summary>A deadline created by the office is announced to the units' Telegram members too, with Telegram's way to hand in.</summary>
public sealed class TelegramNewDeadlineNoticeTests : RunningTelegramHost
{
    private const long Secretary = 2002;
    private const long OtherUnitSecretary = 2003;

    [Fact]
    public async Task A_deadline_for_one_unit_is_announced_once_to_that_units_telegram_member_only()
    {
        await Seed.SecretaryAsync(App, Secretary);
        await Seed.SecretaryAsync(App, OtherUnitSecretary, "CTK");

        Api.Enqueue(Updates.Text(TelegramTestHost.Admin, "/giao Báo cáo kết quả đối thoại trước 15/12/2027 cho NHNN"));

        await Api.WaitForMessageAsync(TelegramTestHost.Admin, "Đã giao việc #");
        var notice = await Api.WaitForMessageAsync(Secretary, "📌 Việc mới #");
        Assert.Contains("gửi tệp vào đây", notice.Body["text"]!.GetValue<string>(), StringComparison.Ordinal);
        Api.Enqueue(Updates.Text(OtherUnitSecretary, "/toi"));
        await Api.WaitForMessageAsync(OtherUnitSecretary, "Mã tài khoản chat của bạn");
        Assert.DoesNotContain(Api.MessagesTo(OtherUnitSecretary), m => m.Contains("Việc mới", StringComparison.Ordinal));
        Assert.Single(Api.MessagesTo(Secretary), m => m.Contains("Việc mới", StringComparison.Ordinal));
    }
}
