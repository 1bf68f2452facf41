using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using QcdcBot.Bot.Channels.Local;
using QcdcBot.Bot.Channels.Telegram;
using QcdcBot.Bot.Conversation;
using QcdcBot.Bot.Digest;
using QcdcBot.Scheduling;
using QcdcBot.Storage;

namespace QcdcBot.Bot.Hosting;

internal static class BotHost
{
    /// <summary>With no channel token configured the bot runs as a terminal chat over a demo database.</summary>
    public static IHost Create(string[] args, Action<IHostApplicationBuilder>? configure = null)
    {
        var builder = Host.CreateApplicationBuilder(args);
        configure?.Invoke(builder);
        if (!HasChannel(builder.Configuration))
        {
            builder.AddLocalChat();
        }

        builder.AddStorage();
        builder.AddScheduling();
        builder.AddConversation();
        builder.AddDigest();
        builder.AddTelegramChannel();
        return builder.Build();
    }

    private static bool HasChannel(IConfiguration configuration) => !string.IsNullOrWhiteSpace(configuration["Telegram:Token"]);
}
