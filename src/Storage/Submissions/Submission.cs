namespace QcdcBot.Storage.Submissions;

internal enum SubmissionMethod
{
    /// <summary>Files sent through a chat channel.</summary>
    Upload,

    /// <summary>Recorded by the office for something received outside the bot (paper, iOffice, e-mail).</summary>
    Paper,
}

internal sealed record Submission(
    long Id,
    long UnitId,
    long DeadlineId,
    int Version,
    DateTimeOffset ReceivedAt,
    DateOnly ReceivedLocalDate,
    DateOnly DueDate,
    int DaysLate,
    string ByWhom,
    string Channel,
    SubmissionMethod Method,
    string Note,
    string ReceiptNo,
    IReadOnlyList<SubmissionFile> Files)
{
    public bool OnTime => DaysLate <= 0;

    /// <summary>When its last file arrived (a later page), or when it was received.</summary>
    public DateTimeOffset LastFileAt { get; init; }
}

internal sealed record SubmissionFile(int Ordinal, string Sha256, string OriginalName, string ContentType, long Size);

/// <summary>A file whose bytes are already in the store (see <see cref="SubmissionStore.PutFileAsync"/>), with the name it came with.</summary>
internal sealed record IncomingFile(string Name, string ContentType, string Sha256, long Size)
{
    /// <summary>When it was sent (the platform's time), which orders the pages of a submission; null when unknown.</summary>
    public DateTimeOffset? SentAt { get; init; }
}

/// <summary>
/// What is being submitted. The caller decides lateness (it owns the office time zone); the store decides
/// the version and the receipt number inside the transaction.
/// </summary>
/// <param name="IssuedLocalDate">The office's today when the receipt is issued: its year numbers the receipt (paper received last year and entered now is this year's receipt).</param>
internal sealed record NewSubmission(
    long UnitId,
    long DeadlineId,
    DateTimeOffset ReceivedAt,
    DateOnly ReceivedLocalDate,
    DateOnly IssuedLocalDate,
    DateOnly DueDate,
    string ByWhom,
    string Channel,
    SubmissionMethod Method,
    string Note,
    IReadOnlyList<IncomingFile> Files)
{
    /// <summary>
    /// When the files were filed, if later than <see cref="ReceivedAt"/> (files held by "nộp cho việc nào?" are received when
    /// sent, filed when answered): pages that follow join from then. Null: filed as received.
    /// </summary>
    public DateTimeOffset? FiledAt { get; init; }
}

internal enum SubmitOutcome
{
    Stored,

    /// <summary>The same bytes as the latest version: recognised, not stored twice.</summary>
    Duplicate,

    /// <summary>More pages of the latest version (photos sent one at a time): added to it, not a new version.</summary>
    PagesAdded,
}

internal sealed record SubmitResult(SubmitOutcome Outcome, Submission Submission);
