namespace QcdcBot.Bot.Channels.Local;

/// <summary>The <c>LocalChat</c> section: the terminal chat that runs when no channel token is configured.</summary>
public sealed class LocalChatOptions
{
    public const string SectionName = "LocalChat";

    /// <summary>The demo database the terminal chat uses, so trying the bot never touches the real store.</summary>
    public string DemoDatabasePath { get; set; } = "data/demo.db";

    /// <summary>
    /// Where the terminal chat's clock starts, in office time ("2026-12-07T09:00"); empty: the system clock. It runs on
    /// from there, so a tester can play a later day without changing the computer's clock.
    /// </summary>
    public string Now { get; set; } = string.Empty;

    /// <summary>The units the demo database is seeded with on first start.</summary>
    public string SampleUnitsPath { get; set; } = "data/units.sample.csv";
}
