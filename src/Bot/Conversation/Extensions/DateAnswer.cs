using QcdcBot.Bot.Conversation.Submissions;
using QcdcBot.Bot.Text;
using QcdcBot.Storage.Text;

namespace QcdcBot.Bot.Conversation.Extensions;

/// <summary>What a secretary may send instead of a date when asked "Xin gia hạn đến ngày nào?".</summary>
internal static class DateAnswer
{
    /// <summary>
    /// "chi bo chua hop", "vì chờ đồng chí bí thư ký": words of a reason, with no date — kept, and the date asked again.
    /// A status reply ("đang làm", "đã gửi rồi"), a yes, a no or a thank-you is not a reason: it closes the question
    /// and is read as itself; so is a single word, or a deadline's number.
    /// </summary>
    public static bool IsReasonAlone(string text)
    {
        var words = VietnameseFold.Fold(text).Split([' ', '.', '!', ',', '?', ';', ':'], StringSplitOptions.RemoveEmptyEntries);
        return words.Length >= 2 && words.Any(w => w.Any(char.IsLetter)) && !text.Contains('#', StringComparison.Ordinal) &&
               StatusKeywords.Match(text) is null && !StatusKeywords.SaysAlreadySent(text) &&
               !YesWords.Match(text) && !NoWords.Match(text) && !CourtesyWords.Match(text);
    }
}
