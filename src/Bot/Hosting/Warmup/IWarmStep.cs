namespace QcdcBot.Bot.Hosting.Warmup;

/// <summary>
/// One path run once ahead of its first real use, so the methods it needs are compiled before a user waits for them
/// (<see cref="StartupWarmup"/>). A step is quick, sends nothing and writes nothing.
/// </summary>
internal interface IWarmStep
{
    string Name { get; }

    Task RunAsync(CancellationToken ct);
}
