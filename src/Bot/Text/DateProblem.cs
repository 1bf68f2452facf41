namespace QcdcBot.Bot.Text;

internal enum DateProblem
{
    None,
    NotFound,

    /// <summary>Day/month/year that no calendar has, e.g. 31/4 or 29/2/2025.</summary>
    ImpossibleDate,

    /// <summary>A time that is no one day ("tuần trước", "đầu tuần này"): asked about, never taken as today.</summary>
    VagueDate,
}
