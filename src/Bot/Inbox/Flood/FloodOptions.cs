namespace QcdcBot.Bot.Inbox.Flood;

/// <summary>The <c>Flood</c> section: how much one account may send before the bot stops answering each message.</summary>
public sealed class FloodOptions
{
    public const string SectionName = "Flood";

    /// <summary>Messages one account may send per <see cref="Window"/> and get an answer to each.</summary>
    public int PerWindow { get; set; } = 20;

    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Answers an account that is no member, admin, leader or leadership group gets in 24 hours; then silence.</summary>
    public int StrangerAnswersPerDay { get; set; } = 10;
}
