namespace QcdcBot.Bot.Text;

/// <summary>How a submission the office recorded (paper, iOffice, e-mail) is told apart from one handed in through the bot.</summary>
internal static class PaperRecord
{
    public const string Way = "bản giấy, văn phòng ghi nhận";
}
