using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Configuration.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace QcdcBot.Bot.Channels.Local;

internal static class LocalChatServiceCollectionExtensions
{
    /// <summary>
    /// The terminal chat over a demo database. The demo store replaces <c>Storage:Path</c> and <c>local:admin</c>
    /// is made an admin, so trying the bot needs no configuration and never touches real data; a
    /// <c>--Storage:Path</c> given on this run's command line wins (the banner names the file either way). The
    /// environment's <c>Storage__Path</c>, the server's real store, is not taken.
    /// </summary>
    public static IHostApplicationBuilder AddLocalChat(this IHostApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(LocalChatOptions.SectionName).Get<LocalChatOptions>() ?? new LocalChatOptions();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:Path"] = StorePathOnCommandLine(builder.Configuration) ?? options.DemoDatabasePath,
            ["Bot:Admins:999"] = $"{LocalChat.Channel}:{DemoDatabase.AdminUserId}",
        });
        builder.Services.AddOptions<LocalChatOptions>().BindConfiguration(LocalChatOptions.SectionName);
        // Logs go to stderr at warning level so they do not interleave with the chat.
        builder.Logging.ClearProviders();
        builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.TryAddSingleton(new LocalConsole(Console.In, Console.Out));
        if (options.Now.Trim().Length > 0)
        {
            // Registered before storage's system clock, so every clock read of the terminal chat's host takes it.
            builder.Services.TryAddSingleton<TimeProvider>(sp =>
                new LocalChatClock(TimeProvider.System, LocalChatClock.Parse(options.Now, sp.GetRequiredService<Scheduling.Calendar.WorkingDayCalendar>().TimeZone)
                    ?? throw new InvalidOperationException($"LocalChat:Now '{options.Now}' is not a moment like 2026-12-07T09:00 (office time).")));
        }

        builder.Services.AddSingleton<DemoDatabase>();
        builder.Services.AddSingleton<LocalChoices>();
        builder.Services.AddSingleton<IChannelSender, LocalChannelSender>();
        builder.Services.AddHostedService<LocalChat>();
        return builder;
    }

    /// <summary>The <c>--Storage:Path</c> typed on this run's command line, if any.</summary>
    private static string? StorePathOnCommandLine(IConfiguration configuration) =>
        configuration is IConfigurationRoot root &&
        root.Providers.OfType<CommandLineConfigurationProvider>().Select(p => p.TryGet("Storage:Path", out var path) ? path : null).LastOrDefault(p => p is { Length: > 0 }) is { } given
            ? given
            : null;
}
