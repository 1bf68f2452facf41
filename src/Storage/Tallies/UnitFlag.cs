namespace QcdcBot.Storage.Tallies;

/// <summary>
/// One unit's yes/no fact on one deadline, as the lean reads of <see cref="PackedCodes"/> return it. A struct of our
/// own, not a value tuple: generic code over a tuple (the list, the read's state machine) cannot be precompiled
/// (ReadyToRun) in this assembly, so the published bot compiled it on the first /tonghop after every start.
/// </summary>
internal readonly record struct UnitFlag(long DeadlineId, long UnitId, bool Flag);
