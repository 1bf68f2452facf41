using QcdcBot.Storage.Statuses;

namespace QcdcBot.Scheduling.Tallies;

/// <summary>
/// The few facts that decide a unit's bucket on a deadline. The full tally and the counting path both ask this for
/// the bucket, so the precedence of <see cref="StandingBucket"/> is written once.
/// </summary>
/// <param name="Extended">An approved extension whose own date has not passed (<see cref="ExtensionRunning"/>); once it has, the unit is overdue like any other.</param>
/// <param name="ExtensionLapsed">An approved extension whose own date has passed: overdue, counted as <see cref="StandingBucket.ExtensionLapsed"/>.</param>
/// <param name="ExtensionDenied">The office refused the unit an extension: counted as <see cref="StandingBucket.ExtensionLapsed"/> too.</param>
internal readonly record struct StandingFacts(bool Submitted, bool Late, StatusState? Status, bool Accepted, bool Refused, bool ExtensionPending, bool Extended, bool ExtensionLapsed = false, bool ExtensionDenied = false)
{
    /// <summary>"Không có nội dung phát sinh", accepted, and nothing submitted: owes nothing.</summary>
    public bool Excused => !Submitted && Status == StatusState.NothingToReport && Accepted;

    public bool Owes => !Submitted && !Excused;

    public StandingBucket Bucket => this switch
    {
        { Submitted: true } => Late ? StandingBucket.Late : StandingBucket.OnTime,
        { Excused: true } => StandingBucket.Excused,
        { Status: StatusState.NothingToReport, Refused: false } => StandingBucket.ExcusePending,
        { ExtensionPending: true } => StandingBucket.ExtensionPending,
        { Status: StatusState.SentOnPaper, Refused: false } => StandingBucket.SentOnPaper,
        { Status: StatusState.SentViaIOffice, Refused: false } => StandingBucket.SentViaIOffice,
        { Status: StatusState.SentByEmail, Refused: false } => StandingBucket.SentByEmail,
        { Extended: true } => StandingBucket.Extended,
        { Status: StatusState.InProgress } => StandingBucket.InProgress,
        { Status: StatusState.NothingToReport, Refused: true } => StandingBucket.ExcuseRefused,
        { Status: StatusState.SentOnPaper or StatusState.SentViaIOffice or StatusState.SentByEmail, Refused: true } => StandingBucket.ClaimRejected,
        { ExtensionLapsed: true } or { ExtensionDenied: true } => StandingBucket.ExtensionLapsed,
        _ => StandingBucket.Silent,
    };
}
