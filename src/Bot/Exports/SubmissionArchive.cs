using QcdcBot.Bot.Conversation;

namespace QcdcBot.Bot.Exports;

/// <summary>
/// The latest submitted files of one deadline as one or more .zip documents, with what the reply must mention:
/// units spread over parts, files over the channel's limit, units that submitted without files, bytes missing.
/// </summary>
internal sealed record SubmissionArchive(
    IReadOnlyList<OutboundDocument> Parts,
    IReadOnlyList<IReadOnlyList<string>> UnitsPerPart,
    int UnitCount,
    int FileCount,
    IReadOnlyList<string> SplitUnits,
    IReadOnlyList<string> TooLargeFiles,
    IReadOnlyList<string> UnitsWithoutFiles,
    IReadOnlyList<string> MissingFiles)
{
    /// <summary>Units whose uploaded files are in the archive and that the office also recorded as received outside the bot.</summary>
    public IReadOnlyList<string> UnitsAlsoOnPaper { get; init; } = [];
}
