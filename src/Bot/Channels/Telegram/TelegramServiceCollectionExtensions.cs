using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using QcdcBot.Bot.Channels.Telegram.Api;
using QcdcBot.Bot.Conversation.Commands;
using QcdcBot.Bot.Hosting.Warmup;
using QcdcBot.Bot.Web;
using QcdcBot.Scheduling.Delivery;
using Telegram.Bot;
using QcdcBot.Bot.Inbox;

namespace QcdcBot.Bot.Channels.Telegram;

internal static class TelegramServiceCollectionExtensions
{
    /// <summary>
    /// The Telegram channel, when <c>Telegram:Token</c> is set: the Bot API client, the inbox processor, and either
    /// long polling (default) or the webhook on the web front door (<c>Telegram:Mode = Webhook</c>).
    /// </summary>
    public static IHostApplicationBuilder AddTelegramChannel(this IHostApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection(TelegramOptions.SectionName);
        if (string.IsNullOrWhiteSpace(section[nameof(TelegramOptions.Token)]))
        {
            return builder;
        }

        builder.Services.AddOptions<TelegramOptions>()
            .BindConfiguration(TelegramOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateChannel(TelegramOptions.SectionName)
            .Validate(o => o.PollTimeout >= TimeSpan.Zero && o.PollTimeout <= TimeSpan.FromSeconds(100), "Telegram:PollTimeout must be between 0 and 100 seconds.")
            .Validate(o => o.AlbumWindow >= TimeSpan.Zero && o.AlbumWindow <= TimeSpan.FromSeconds(30), "Telegram:AlbumWindow must be between 0 and 30 seconds.")
            .Validate(o => o.Mode != ReceiveMode.Webhook || WebhookSecret.IsValid(o.WebhookSecret),
                "Telegram:WebhookSecret is required in webhook mode: 1–256 characters of A-Z, a-z, 0-9, _ and -.")
            .ValidateOnStart();

        // The token is in every request URL: this client must never log requests.
        builder.Services.AddHttpClient(TelegramClient.HttpClientName)
            .ConfigureHttpClient(http => http.Timeout = Timeout.InfiniteTimeSpan)
            .RemoveAllLoggers();

        var services = builder.Services;
        services.AddSingleton<ITelegramBotClient>(sp =>
        {
            var settings = sp.GetRequiredService<IOptions<TelegramOptions>>().Value;
            // RetryThreshold 0: the library never repeats a call on its own; TelegramClient and the outbox decide.
            var options = new TelegramBotClientOptions(settings.Token, settings.ApiBaseUrl) { RetryThreshold = 0, RetryCount = 0 };
            return new TelegramBotClient(options, sp.GetRequiredService<IHttpClientFactory>().CreateClient(TelegramClient.HttpClientName));
        });
        services.AddSingleton<TelegramClient>();
        services.AddSingleton<TelegramBotIdentity>();
        services.AddSingleton<TelegramAdapter>();
        services.AddSingleton<IChannelSender>(sp => sp.GetRequiredService<TelegramAdapter>());
        services.AddSingleton<IChannelGroupChats, TelegramGroupChats>();
        services.AddSingleton<IInviteLinkProvider, TelegramInviteLinkProvider>();
        services.AddSingleton<TelegramLeadershipChats>();
        services.TryAddSingleton<LeadershipGroups>();
        services.AddSingleton<ILeadershipChatSource>(sp => sp.GetRequiredService<TelegramLeadershipChats>());
        services.AddInboxHandler<TelegramUpdateHandler>();
        services.AddWarmStep<TelegramJsonWarmStep>();
        services.TryAddSingleton<FirstPoll>();
        if (section.GetValue<ReceiveMode?>(nameof(TelegramOptions.Mode)) == ReceiveMode.Webhook)
        {
            services.TryAddSingleton<WebhookIntake>();
            services.AddWebEndpoints<TelegramWebhook>();
            services.AddHostedService(sp => sp.GetRequiredService<TelegramWebhook>());
        }
        else
        {
            services.AddHostedService<TelegramPoller>();
        }

        return builder;
    }
}
