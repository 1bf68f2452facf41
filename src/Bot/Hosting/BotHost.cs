using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Hosting;
using QcdcBot.Bot.Channels.Local;
using QcdcBot.Bot.Channels.Telegram;
using QcdcBot.Bot.Channels.Zalo;
using QcdcBot.Bot.Conversation;
using QcdcBot.Bot.Digest;
using QcdcBot.Bot.Web;
using QcdcBot.Bot.Web.Upload;
using QcdcBot.Bot.Web.Office;
using QcdcBot.Scheduling;
using QcdcBot.Storage;

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
        builder.AddTelegramChannel();
        builder.AddZaloChannel();
        builder.AddUploadPage();
        builder.AddOfficeWeb();
        builder.AddWebFrontDoor();
        return builder.Build().MapWebFrontDoor();
    }

    private static bool HasChannel(IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(configuration["Telegram:Token"]) || !string.IsNullOrWhiteSpace(configuration["Zalo:Token"]);
}
