using QcdcBot.Storage.ExtensionRequests;
using QcdcBot.Storage.Statuses;
using QcdcBot.Storage.Submissions;
using QcdcBot.Storage.Units;

namespace QcdcBot.Scheduling.Tallies;

/// <summary>Where one unit stands on one deadline: <paramref name="DueDate"/> is its own (after any extension), <paramref name="Extended"/> an extension still running.</summary>
internal sealed record UnitStanding(Unit Unit, DateOnly DueDate, bool Extended, Submission? First, Submission? Latest, StatusNote? Status)
{
    public bool Submitted => Latest is not null;

    /// <summary>
    /// The latest version the unit uploaded with files (with none, the latest with files): a later record by the office,
    /// with a file it received by e-mail or without, does not hide the upload.
    /// </summary>
    public Submission? LatestWithFiles { get; init; }

    /// <summary>The latest record by the office that carries a file it received outside the bot, kept beside <see cref="LatestWithFiles"/>.</summary>
    public Submission? LatestOfficeFiles { get; init; }

    /// <summary>The office's file to show beside the unit's upload: null when there is none or it is <see cref="LatestWithFiles"/> itself.</summary>
    public Submission? OfficeFilesBeside => LatestOfficeFiles is { } office && office.Id != LatestWithFiles?.Id ? office : null;

    /// <summary>A request for an extension the office has not answered yet.</summary>
    public ExtensionRequest? PendingExtension { get; init; }

    /// <summary>An approved extension whose own date (<see cref="DueDate"/>) has passed: the unit is overdue.</summary>
    public bool ExtensionLapsed { get; init; }

    /// <summary>The office refused the unit an extension (it may have been granted another since).</summary>
    public bool ExtensionDenied { get; init; }

    /// <summary>The latest record of a submission received outside the bot, shown beside any uploaded files.</summary>
    public Submission? LatestPaper { get; init; }

    /// <summary>
    /// The newest version by when it arrived, not by when it was entered: an upload of 10:30 10/12 is newer than a
    /// paper record of 9/12 the office typed in after it (read where the files were: otherwise <see cref="Latest"/>).
    /// </summary>
    public Submission? NewestArrived => new[] { Latest, LatestWithFiles, LatestPaper }.OfType<Submission>()
        .OrderByDescending(s => s.ReceivedLocalDate).ThenByDescending(s => s.Method == SubmissionMethod.Upload ? s.ReceivedAt : DateTimeOffset.MinValue)
        .ThenByDescending(s => s.Version).FirstOrDefault();

    /// <summary><see cref="First"/> is the version that grades: the earliest received against the due date; later corrections do not make it late.</summary>
    public bool OnTime => First is { DaysLate: 0 };

    public bool Late => First is { DaysLate: > 0 };

    /// <summary>"Không có nội dung phát sinh", accepted by an admin: the unit owes nothing for this deadline.</summary>
    public bool Excused => !Submitted && Status is { IsAcceptedExcuse: true };

    /// <summary>Still owes this deadline: not submitted and not excused.</summary>
    public bool Owes => !Submitted && !Excused;

    /// <summary>Neither a submission nor a reply that still stands (a refused excuse or a rejected claim is answered, so it no longer does).</summary>
    public bool Silent => Bucket == StandingBucket.Silent;

    /// <summary>The one bucket this unit counts in; see <see cref="StandingBucket"/> for the precedence.</summary>
    public StandingBucket Bucket => Facts.Bucket;

    /// <summary>What decides the bucket, as the counting path reads it too.</summary>
    public StandingFacts Facts => new(Submitted, Late, Status?.State, Status?.AcceptedAt is not null, Status?.IsRefused ?? false, PendingExtension is not null, Extended, ExtensionLapsed, ExtensionDenied);
}
