namespace QcdcBot.Bot.Conversation;

/// <summary>
/// What the office is told after a decision is sent to a unit: that it was told, or that nobody of the unit can be
/// reached through the bot, so the office tells it another way instead of believing it was told.
/// </summary>
internal static class UnitToldWording
{
    public static string Of(int reachable) => reachable > 0
        ? "Đơn vị đã được báo."
        : "Đơn vị chưa có ai nhận tin qua bot nên chưa được báo — xin báo đơn vị cách khác (mã đăng ký cho đơn vị: /madangky).";
}
