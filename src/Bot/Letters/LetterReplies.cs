using QcdcBot.Bot.Conversation;

namespace QcdcBot.Bot.Letters;

/// <summary>The answers of the letter flow that more than one class gives.</summary>
internal static class LetterReplies
{
    public static string ForTheOffice(OfficeNames names) =>
        $"Lệnh /congvan là để {names.Office} đưa công văn vào bot; tệp này chưa được ghi nhận là bài nộp. " +
        "Để nộp bài, xin gửi lại tệp không kèm /congvan.";

    /// <summary>How to give the bot a letter; Zalo passes no Word/PDF file to the bot, so there only pasting works.</summary>
    public static string SendTheLetter(bool takesDocuments) =>
        (takesDocuments
            ? "Xin gửi tệp công văn (" + Reading.LetterReader.Accepted + ") kèm chú thích /congvan, hoặc dán nội dung công văn ngay sau /congvan. "
            : "Xin dán nội dung công văn ngay sau /congvan (Zalo không chuyển tệp Word/PDF cho bot). ") +
        "Bot sẽ đề xuất các hạn nộp; chưa tạo việc nào cho đến khi bạn trả lời \"tạo …\".";

    public const string NothingToDrop = "Không có đề xuất nào đang chờ; không có gì để hủy. Chưa tạo, chưa bỏ việc nào.";

    public const string NoDraft = "Không có đề xuất công văn nào đang chờ. Gửi công văn kèm /congvan trước.";
}
