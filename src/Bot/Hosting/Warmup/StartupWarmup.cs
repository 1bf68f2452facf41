using System.Diagnostics;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace QcdcBot.Bot.Hosting.Warmup;

/// <summary>
/// Runs the <see cref="IWarmStep"/>s once, after the first getUpdates has gone out (or <see cref="NoPollWait"/> after
/// start when nothing polls: webhook mode). The published bot runs precompiled code without tiers, so whatever has no
/// precompiled code — mostly System.Text.Json's reflection metadata and its generic converters for Telegram's types and
/// ours, and generic code over our own types — is compiled fully optimised on first use: that made the first turn after
/// a start (the first /tonghop above all) cost about twice a later one (README, Performance). A step that fails is
/// logged and skipped; stopping the host cancels the step running and skips the rest.
/// </summary>
internal sealed class StartupWarmup(IEnumerable<IWarmStep> steps, FirstPoll firstPoll, TimeProvider time, ILogger<StartupWarmup> logger) : BackgroundService
{
    internal static readonly TimeSpan NoPollWait = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.WhenAny(firstPoll.Sent, Task.Delay(NoPollWait, time, stoppingToken));
        var clock = Stopwatch.StartNew();
        var ran = 0;
        foreach (var step in steps)
        {
            if (stoppingToken.IsCancellationRequested)
            {
                return;
            }

            // Off the caller's thread: the host's start must not wait for a step.
            await Task.Yield();
            try
            {
                await step.RunAsync(stoppingToken);
                ran++;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                logger.LogWarning("Start-up warm-up step {Step} failed ({Error}); skipped", step.Name, ex.GetType().Name);
            }
        }

        logger.LogDebug("Start-up warm-up: {Steps} step(s) in {Elapsed} ms", ran, clock.ElapsedMilliseconds);
    }
}
