using QcdcBot.Storage.Units;

namespace QcdcBot.Scheduling.Tallies;

/// <summary>On how many deadlines already due a unit was counted, and on how many of them it was late or still owes.</summary>
internal sealed record UnitRecord(Unit Unit, int Due, int Bad);
