using System.Text.Json.Serialization;
using QcdcBot.Scheduling.Tallies;

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
    int ByEmail = 0,
    int? MissingCount = null,
    int ExcuseRefused = 0,
    int ClaimRejected = 0,
    int ExtensionLapsed = 0)
{
    /// <summary>
    /// How many units still owe. <see cref="Missing"/> names them only up to <see cref="DigestBuilder.MaxNamedMissing"/>:
    /// past that the digest counts them, so a national-size snapshot is not megabytes of names (older snapshots have no count).
    /// </summary>
    [JsonIgnore]
    public int MissingTotal => MissingCount ?? Missing.Count;

    [JsonIgnore]
    public Completion Completion => new(Submitted, Excused, InScope);

    /// <summary>
    /// The units owed after the office said no, by reason. Stored as one number per reason (the names older snapshots
    /// carry), read only by <see cref="OwedFor"/> and written only by <see cref="WithOwedAfterRefusal"/>.
    /// </summary>
    [JsonIgnore]
    public IReadOnlyList<RefusalCount> OwedAfterRefusal => Tallies.OwedAfterRefusal.Counted(OwedFor);

    public int OwedFor(StandingBucket reason) => reason switch
    {
        StandingBucket.ExcuseRefused => ExcuseRefused,
        StandingBucket.ClaimRejected => ClaimRejected,
        StandingBucket.ExtensionLapsed => ExtensionLapsed,
        _ => throw new ArgumentOutOfRangeException(nameof(reason), reason, "no stored number for this reason"),
    };

    public DigestEntry WithOwedAfterRefusal(IEnumerable<RefusalCount> counts)
    {
        var by = counts.ToDictionary(c => c.Reason, c => c.Count);
        return this with
        {
            ExcuseRefused = by.GetValueOrDefault(StandingBucket.ExcuseRefused),
            ClaimRejected = by.GetValueOrDefault(StandingBucket.ClaimRejected),
            ExtensionLapsed = by.GetValueOrDefault(StandingBucket.ExtensionLapsed),
        };
    }
}

/// <param name="HabituallyLate">The habitually late units: all of them by name up to <see cref="DigestBuilder.MaxNamedHabitual"/>, past that the worst ones first.</param>
/// <param name="HabituallyLateCount">How many there are in all (absent from older snapshots, which named every one).</param>
/// <param name="CancelledThisWeek">"#7 Title" of each deadline cancelled in the past week, so it does not vanish from the digest without a word.</param>
/// <param name="UnitsWithOpenWork">How many units at least one open deadline is given to (absent from older snapshots).</param>
/// <param name="UnitsInAll">How many units the office has (absent from older snapshots).</param>
internal sealed record DigestSnapshot(DateTimeOffset TakenAt, DateOnly Today, IReadOnlyList<DigestEntry> Entries, IReadOnlyList<string> HabituallyLate, int? HabituallyLateCount = null,
    IReadOnlyList<string>? CancelledThisWeek = null, int? UnitsWithOpenWork = null, int? UnitsInAll = null)
{
    [JsonIgnore]
    public int HabituallyLateTotal => HabituallyLateCount ?? HabituallyLate.Count;
}
