using QcdcBot.Storage.Statuses;

namespace QcdcBot.Bot.Conversation.Submissions;

/// <summary>How a submission the office recorded (paper, iOffice, e-mail) is told apart from one handed in through the bot.</summary>
internal static class PaperRecord
{
    /// <summary>"qua email, văn phòng ghi nhận" when the office's note names e-mail (iOffice likewise); paper when it names nothing else.</summary>
    public static string Way(string note) => StatusKeywords.Match(note)?.State switch
    {
        StatusState.SentByEmail => "qua email, văn phòng ghi nhận",
        StatusState.SentViaIOffice => "qua iOffice, văn phòng ghi nhận",
        _ => "bản giấy, văn phòng ghi nhận",
    };
}
