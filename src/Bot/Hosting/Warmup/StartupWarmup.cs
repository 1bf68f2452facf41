using System.Diagnostics;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using QcdcBot.Bot.Inbox;

namespace QcdcBot.Bot.Hosting.Warmup;

/// <summary>
/// Runs the <see cref="IWarmStep"/>s once, after the first getUpdates has gone out (or <see cref="NoPollWait"/> after
/// start when nothing polls: webhook mode). The published bot runs precompiled code without tiers, so whatever has no
/// precompiled code — mostly System.Text.Json's reflection metadata and its generic converters for Telegram's types and
/// ours, and generic code over our own types — is compiled fully optimised on first use: that made the first turn after
/// a start (the first /tonghop above all) cost about twice a later one (README, Performance). People come first: a
/// step runs only while no turn is in progress (<see cref="TurnsInProgress"/>); a turn beginning cancels the step
/// running, which runs again from its start once the turns are over. A step that fails is logged and skipped;
/// stopping the host cancels the step running and skips the rest.
/// </summary>
internal sealed class StartupWarmup(
    IEnumerable<IWarmStep> steps,
    FirstPoll firstPoll,
    TurnsInProgress turns,
    TimeProvider time,
    ILogger<StartupWarmup> logger) : BackgroundService
{
    internal static readonly TimeSpan NoPollWait = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await Task.WhenAny(firstPoll.Sent, Task.Delay(NoPollWait, time, stoppingToken));
            var clock = Stopwatch.StartNew();
            var (ran, gaveWay) = (0, 0);
            foreach (var step in steps)
            {
                while (!await RunAsync(step, stoppingToken))
                {
                    gaveWay++;
                }

                ran++;
            }

            logger.LogDebug("Start-up warm-up: {Steps} step(s) in {Elapsed} ms, giving way to a turn {GaveWay} time(s)", ran, clock.ElapsedMilliseconds, gaveWay);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: the rest is skipped.
        }
    }

    /// <summary>One step once the inbox is quiet; false when a turn began meanwhile and the step must run again.</summary>
    private async Task<bool> RunAsync(IWarmStep step, CancellationToken stoppingToken)
    {
        var nextTurn = await turns.QuietAsync(stoppingToken);
        using var either = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken, nextTurn);

        // Off the caller's thread: the host's start must not wait for a step.
        await Task.Yield();
        try
        {
            await step.RunAsync(either.Token);
            return true;
        }
        catch (OperationCanceledException) when (nextTurn.IsCancellationRequested && !stoppingToken.IsCancellationRequested)
        {
            return false;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException && !stoppingToken.IsCancellationRequested)
        {
            logger.LogWarning("Start-up warm-up step {Step} failed ({Error}); skipped", step.Name, ex.GetType().Name);
            return true;
        }
    }
}
