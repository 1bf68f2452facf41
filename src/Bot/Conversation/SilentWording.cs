using QcdcBot.Storage.Deadlines;

namespace QcdcBot.Bot.Conversation;

/// <summary>
/// The owing units that never replied: "chưa trả lời" while the deadline is open. Once it ended (cancelled or closed)
/// they owe nothing any more, so /tinhhinh, the digest, /chuanop and the export say so instead of counting them as silent.
/// </summary>
internal static class SilentWording
{
    /// <summary>The one heading for the ended deadlines' column in the export, whichever way they ended.</summary>
    public const string EndedHeading = "Không còn phải nộp (việc đã hủy/đã kết thúc)";

    public static string Label(DeadlineState state) => state switch
    {
        DeadlineState.Open => "chưa trả lời",
        DeadlineState.Cancelled => "không còn phải nộp (việc đã hủy)",
        _ => "không còn phải nộp (việc đã kết thúc)",
    };

    /// <summary>The digest keeps no cancelled deadline: its entries are open or closed this week.</summary>
    public static string Label(bool closed) => Label(closed ? DeadlineState.Closed : DeadlineState.Open);
}
