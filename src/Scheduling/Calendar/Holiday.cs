namespace QcdcBot.Scheduling.Calendar;

/// <summary>A day off other than an ordinary weekend, with the Vietnamese name shown to users.</summary>
internal sealed record Holiday(DateOnly Date, string Name);
