using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using QcdcBot.Bot.Channels.Local;
using QcdcBot.Bot.Channels.Telegram;
using QcdcBot.Bot.Channels.Zalo;
using QcdcBot.Bot.Conversation;
using QcdcBot.Bot.Digest;
using QcdcBot.Bot.Hosting.Warmup;
using QcdcBot.Bot.Web;
using QcdcBot.Bot.Web.Downloads;
using QcdcBot.Bot.Web.Upload;
using QcdcBot.Bot.Web.Office;
using QcdcBot.Scheduling;
using QcdcBot.Scheduling.Resilience;
using QcdcBot.Storage;
using QcdcBot.Storage.Database;

namespace QcdcBot.Bot.Hosting;

internal static class BotHost
{
    /// <summary>
    /// With no channel token configured the bot runs as a terminal chat over a demo database. The web front door
    /// (one Kestrel for webhooks and pages) listens only when a feature registered endpoints.
    /// </summary>
    public static IHost Create(string[] args, Action<IHostApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateSlimBuilder(args);
        // A loop that throws stops the host (the default, said out loud); RunAsync turns that into a non-zero exit.
        builder.Services.Configure<HostOptions>(o => o.BackgroundServiceExceptionBehavior = BackgroundServiceExceptionBehavior.StopHost);
        configure?.Invoke(builder);
        if (builder.Configuration["INVOCATION_ID"] is { Length: > 0 })
        {
            // Started by systemd: one line per event, its level as a syslog priority, so journalctl -p can filter.
            builder.Logging.AddSystemdConsole();
        }

        if (!HasChannel(builder.Configuration))
        {
            builder.AddLocalChat();
        }

        // First of the hosted services: a second bot on the same store stops before it touches anything.
        builder.Services.AddHostedService<StoreLock>();
        builder.AddStorage();
        builder.AddScheduling();
        builder.AddConversation();
        builder.AddDigest();
        builder.Services.AddStartupWarmup();
        builder.AddTelegramChannel();
        builder.AddZaloChannel();
        builder.AddUploadPage();
        builder.AddDownloadLinks();
        builder.AddOfficeWeb();
        builder.AddWebFrontDoor();
        StartSchedulerLast(builder.Services);
        return builder.Build().MapWebFrontDoor();
    }

    /// <summary>
    /// Hosted services start one after another in the order they were added. Creating Quartz's scheduler takes a
    /// good part of start-up (about 150 ms of CPU, measured), and nothing it runs — the reminder sweep, the weekly
    /// digest — is due in the first second, so it starts after the channels: they take messages meanwhile.
    /// </summary>
    internal static void StartSchedulerLast(IServiceCollection services)
    {
        var scheduler = services.Where(d => d.ServiceType == typeof(IHostedService) && !d.IsKeyedService
            && (d.ImplementationType ?? d.ImplementationFactory?.Method.DeclaringType)?.Assembly == typeof(Quartz.IScheduler).Assembly).ToList();
        foreach (var descriptor in scheduler)
        {
            services.Remove(descriptor);
            services.Add(descriptor);
        }
    }

    /// <summary>
    /// Runs the bot until it stops and returns the process exit code (<see cref="ExitCodes"/>). An exception escaping
    /// Main would make the runtime abort the process (SIGABRT, a stack dump, no clear cause); here every way of
    /// stopping ends in one critical line with the cause and the fix, and a code a supervisor can act on.
    /// </summary>
    public static async Task<int> RunAsync(string[] args, Action<IHostApplicationBuilder>? configure = null)
    {
        IHost host;
        try
        {
            host = Create(args, configure);
        }
        catch (Exception e) when (e is OptionsValidationException or InvalidOperationException or FormatException)
        {
            await Console.Error.WriteLineAsync($"QcdcBot cannot start: {e.Message}");
            return ExitCodes.Configuration;
        }

        using (host)
        {
            var logger = host.Services.GetRequiredService<ILoggerFactory>().CreateLogger("QcdcBot");
            int code;
            try
            {
                await host.StartAsync();
                await host.WaitForShutdownAsync();
                code = AfterStop(host, logger);
            }
            catch (StoreInUseException e)
            {
                logger.LogCritical("QcdcBot stops: {Error}. Fix: stop the other bot process first (one bot per store).", e.Message);
                code = ExitCodes.StoreUnavailable;
            }
            catch (OptionsValidationException e)
            {
                logger.LogCritical("QcdcBot cannot start: {Error}. Fix: correct the setting it names.", e.Message);
                code = ExitCodes.Configuration;
            }
            catch (Exception e) when (StoreFault.Of(e) is { } fault)
            {
                logger.LogCritical("QcdcBot stops: {Cause} ({Error}). Fix: {Fix}.", fault.Cause, e.Message, fault.Fatal ? fault.Fix :
                    "find the process holding the store (another QcdcBot? a backup or sqlite3 session?) or free disk space, then start again");
                code = fault.Fatal ? ExitCodes.StoreUnusable : ExitCodes.StoreUnavailable;
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                logger.LogCritical(e, "QcdcBot stops: it could not start ({Error}).", e.Message);
                code = ExitCodes.Crashed;
            }

            await StopQuietlyAsync(host);
            return code;
        }
    }

    private static int AfterStop(IHost host, ILogger logger)
    {
        if (host.Services.GetRequiredService<StoreErrorPolicy>().Stopped is not null)
        {
            // The policy has logged the cause and the fix.
            return ExitCodes.StoreUnusable;
        }

        var failed = host.Services.GetServices<IHostedService>().OfType<BackgroundService>().FirstOrDefault(s => s.ExecuteTask is { IsFaulted: true });
        if (failed is null)
        {
            return ExitCodes.Stopped;
        }

        var error = failed.ExecuteTask!.Exception!.GetBaseException();
        if (StoreFault.Of(error) is { } fault)
        {
            logger.LogCritical("QcdcBot stops: {Cause} ({Error}). Fix: {Fix}.", fault.Cause, error.Message, fault.Fix);
            return fault.Fatal ? ExitCodes.StoreUnusable : ExitCodes.StoreUnavailable;
        }

        logger.LogCritical("QcdcBot stops: {Loop} failed ({Error}). Fix: see the error logged before this line; the bot resumes its work when restarted.",
            failed.GetType().Name, error.Message);
        return ExitCodes.Crashed;
    }

    private static async Task StopQuietlyAsync(IHost host)
    {
        try
        {
            await host.StopAsync(TimeSpan.FromSeconds(10));
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Already stopping because of a failure that has been logged.
        }
    }

    private static bool HasChannel(IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(configuration["Telegram:Token"]) || !string.IsNullOrWhiteSpace(configuration["Zalo:Token"]);
}
