using QcdcBot.Storage.Deadlines;

namespace QcdcBot.Bot.Conversation.Commands;

/// <summary>
/// A unit's extension request or "không có nội dung phát sinh" claim on a deadline the office ended (/donghan) or
/// cancelled (/huyhan): the unit was told it need not hand in, so nothing is decided, written or sent to it, and the
/// admin is told so, with the way back (/mohan) when they still mean to answer it.
/// </summary>
internal static class EndedDeadlineDecision
{
    /// <summary>The answer when <paramref name="deadline"/> is no longer open; null when it is.</summary>
    /// <param name="what">The thing to decide, named ("đề nghị gia hạn số 7").</param>
    /// <param name="verb">What the admin tried ("duyệt", "từ chối", "chấp nhận").</param>
    public static string? Refusal(Deadline deadline, string what, string verb) => deadline.State == DeadlineState.Open
        ? null
        : $"Việc #{deadline.Id} \"{deadline.Title}\" {(deadline.State == DeadlineState.Cancelled ? "đã hủy" : "đã kết thúc")}, nên {what} không còn gì để {verb}: " +
          $"bot không ghi gì và không báo gì cho đơn vị. Nếu vẫn cần trả lời: mở lại việc trước (/mohan {deadline.Id}).";
}
