namespace QcdcBot.Chaos;

/// <summary>One line of the table: what was tried, how often, and what came of it.</summary>
internal sealed record Row(string Scenario, int Runs, string Lost, string Repeats, string OverLimit, string ExitCodes, string Notes);
