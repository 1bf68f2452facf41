namespace QcdcBot.Scheduling.Digests;

/// <summary>The numbers of one deadline at one digest; stored, so the next digest compares with facts, not guesses.</summary>
internal sealed record DigestEntry(
    long DeadlineId,
    string Title,
    DateOnly DueDate,
    bool Closed,
    int InScope,
    int Submitted,
    int OnTime,
    int Late,
    int Extended,
    int InProgress,
    int OnPaper,
    int ViaIOffice,
    int NothingToReport,
    int Silent,
    IReadOnlyList<string> Missing,
    int Excused = 0,
    string? Letter = null,
    int ExtensionPending = 0,
    int ByEmail = 0);

internal sealed record DigestSnapshot(DateTimeOffset TakenAt, DateOnly Today, IReadOnlyList<DigestEntry> Entries, IReadOnlyList<string> HabituallyLate);
