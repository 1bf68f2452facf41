using QcdcBot.Storage.Deadlines;
using QcdcBot.Storage.Units;

namespace QcdcBot.Bot.Letters;

/// <summary>
/// A letter read and proposed, waiting for the admin's "tạo …" or "sửa …". Kept in the conversation state (JSON),
/// so it survives a restart; nothing is in the store until it is created, except the file's bytes.
/// </summary>
internal sealed record LetterDraft(
    string Id,
    string? Number,
    string Kind,
    DateOnly? LetterDate,
    string? FileSha256,
    string? FileName,
    string? ContentType,
    IReadOnlyList<DraftDeadline> Items)
{
    public LetterHeader Header => new(Number, Kind, LetterDate);

    /// <summary>Deadlines already created from a letter with the same number: the letter was sent before.</summary>
    public IReadOnlyList<long> AlreadyCreated { get; init; } = [];
}

/// <summary>One proposed deadline. <see cref="Due"/> is null when the letter's date does not exist (31/4).</summary>
/// <param name="Quote">The sentence it came from, shortened around the date.</param>
/// <param name="SourcePhrase">The date phrase as written ("trước ngày 10/4/2023").</param>
/// <param name="Unmatched">Names the letter gives that match no unit, or several.</param>
internal sealed record DraftDeadline(
    int Number,
    string Title,
    DateOnly? Due,
    DeadlineScope Scope,
    UnitKind? ScopeKind,
    IReadOnlyList<long> UnitIds,
    IReadOnlyList<string> Unmatched,
    IReadOnlyList<string> Warnings,
    string Quote,
    string SourcePhrase)
{
    /// <summary>A date correction the builder made ("văn bản ghi 10/4/2023 …"), kept when other warnings are recomputed.</summary>
    public string? Correction { get; init; }
}
