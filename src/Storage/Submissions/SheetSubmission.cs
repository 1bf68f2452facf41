namespace QcdcBot.Storage.Submissions;

/// <summary>
/// A unit's submissions to one deadline as the export's sheet shows them: when the first version came and how late,
/// how many versions, the latest receipt, the names of the latest files and the latest record of a paper submission.
/// </summary>
/// <param name="FilesVersion">The version <paramref name="FileNames"/> belong to: the unit's latest upload with files, or with none the office's (0 when none has files).</param>
/// <param name="PaperVersion">The version <paramref name="PaperNote"/> belongs to (0 when none was on paper).</param>
internal sealed record SheetSubmission(
    long UnitId,
    DateTimeOffset FirstReceivedAt,
    int FirstDaysLate,
    int Versions,
    string ReceiptNo,
    int FilesVersion,
    string? FileNames,
    int PaperVersion,
    string? PaperNote)
{
    /// <summary>The version of the file the office received outside the bot, kept beside <see cref="FileNames"/> (0 when none).</summary>
    public int OfficeFilesVersion { get; init; }

    /// <summary>The names of the file(s) the office received outside the bot beside the unit's upload; null when none.</summary>
    public string? OfficeFileNames { get; init; }
}
