namespace QcdcBot.Tests.Conversation;

/// <summary>
/// A unit's "đã gửi bản giấy / qua email / qua iOffice" the office did not receive (/chuanhan) is an answer, not
/// silence: /tinhhinh, /chuanop, /tonghop and the export name it ("báo đã gửi nhưng văn phòng chưa nhận") apart from
/// the units that never answered, and the unit still owes.
/// </summary>
public sealed class RejectedClaimShownTests
{
    [Theory]
    [InlineData("em đã gửi qua email rồi ạ", "chua thay email")]
    [InlineData("đã chuyển bản cứng lên văn thư", "văn thư chưa nhận được")]
    [InlineData("da gui qua ioffice roi", "")]
    public async Task A_rejected_claim_of_sending_is_named_apart_from_silence_and_still_owes(string said, string why)
    {
        await using var bot = await BotHarness.CreateAsync();
        var deadline = await bot.AssignAsync("Báo cáo kết quả thực hiện QCDC trước ngày 25/10/2024 cho NHNN, CTK");
        var secretary = await bot.RegisterSecretaryAsync("NHNN");
        await bot.SayAsync(secretary, said);
        await bot.SayConfirmedAsync(BotHarness.Admin, $"/chuanhan NHNN #{deadline.Id} {why}".TrimEnd());

        await OwedAfterRefusalViews.AssertNamedApartFromSilenceAsync(bot, deadline, "báo đã gửi nhưng văn phòng chưa nhận", "R");
    }
}
