namespace QcdcBot.Bot.Channels.Local;

/// <summary>Where the terminal chat reads and writes; the real console in the app, strings in tests.</summary>
internal sealed record LocalConsole(TextReader Input, TextWriter Output);
