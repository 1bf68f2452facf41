using QcdcBot.Storage.Statuses;
using QcdcBot.Storage.Submissions;

namespace QcdcBot.Bot.Conversation.Submissions;

/// <summary>How a submission the office recorded (paper, iOffice, e-mail) is told apart from one handed in through the bot.</summary>
internal static class PaperRecord
{
    /// <summary>
    /// "qua email, văn phòng ghi nhận" when the office's note names e-mail (iOffice likewise); "tệp văn phòng nhận
    /// ngoài bot và nhập" when the record holds a file and the note names no way (a file received by e-mail and
    /// entered with /gui … /ghinhan); paper when it names paper, or nothing and holds no file.
    /// </summary>
    public static string Way(Submission record) => StatusKeywords.Match(record.Note)?.State switch
    {
        StatusState.SentByEmail => "qua email, văn phòng ghi nhận",
        StatusState.SentViaIOffice => "qua iOffice, văn phòng ghi nhận",
        StatusState.SentOnPaper => "bản giấy, văn phòng ghi nhận",
        _ when record.Files.Count > 0 => "tệp văn phòng nhận ngoài bot và nhập thay đơn vị",
        _ => "bản giấy, văn phòng ghi nhận",
    };
}
