using QcdcBot.Bot.Conversation.Submissions;
using QcdcBot.Scheduling.Tallies;

namespace QcdcBot.Bot.Conversation;

/// <summary>
/// The words for each reason a unit still owes after the office said no (<see cref="OwedAfterRefusal"/>), in every
/// view: /tinhhinh, /chuanop, the digest, the export and the office page. One line per reason.
/// </summary>
/// <param name="Label">The count's label, in the middle of a line ("…, 2 {Label}" or "{Label} 2").</param>
/// <param name="TallyNote">Added to the label on /tinhhinh's line of its own, where the label does not say the unit still owes.</param>
/// <param name="ColumnWidth">The width of its column in the export's "Tổng hợp" sheet.</param>
internal sealed record RefusalWording(string Label, string TallyNote, int ColumnWidth)
{
    private static readonly RefusalWording ExcuseRefused = new(StatusKeywords.RefusedExcuseLabel, " (vẫn phải nộp)", 16);
    private static readonly RefusalWording ClaimRejected = new(StatusKeywords.RejectedClaimLabel, " (vẫn phải nộp)", 16);
    private static readonly RefusalWording ExtensionLapsed = new("hết gia hạn hoặc bị từ chối gia hạn", string.Empty, 14);

    public static RefusalWording For(StandingBucket reason) => reason switch
    {
        StandingBucket.ExcuseRefused => ExcuseRefused,
        StandingBucket.ClaimRejected => ClaimRejected,
        StandingBucket.ExtensionLapsed => ExtensionLapsed,
        _ => throw new ArgumentOutOfRangeException(nameof(reason), reason, "not a reason the office said no"),
    };

    /// <summary>The label starting a line or a column heading.</summary>
    public string Heading => char.ToUpperInvariant(Label[0]) + Label[1..];
}
