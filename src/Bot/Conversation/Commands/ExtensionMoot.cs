using QcdcBot.Bot.Text;
using QcdcBot.Storage.Deadlines;
using QcdcBot.Storage.ExtensionRequests;

namespace QcdcBot.Bot.Conversation.Commands;

/// <summary>Why an extension request was closed as no longer needed: the deadline's new date reaches the date asked (/suahan), or the unit handed in.</summary>
internal static class ExtensionMoot
{
    public static string Why(Deadline deadline, ExtensionRequest request) =>
        deadline.DueDate >= request.RequestedDate
            ? $"hạn mới của việc #{deadline.Id} là {VietnameseWording.Date(deadline.DueDate)}, {(deadline.DueDate > request.RequestedDate ? "đã sau" : "đúng")} ngày xin {VietnameseWording.Date(request.RequestedDate)}"
            : $"đơn vị đã nộp việc #{deadline.Id}";
}
