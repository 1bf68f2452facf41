using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using QcdcBot.Bot.Channels.Zalo.Api;
using QcdcBot.Bot.Conversation.Commands;
using QcdcBot.Bot.Inbox;
using QcdcBot.Bot.Web;
using QcdcBot.Scheduling.Delivery;

namespace QcdcBot.Bot.Channels.Zalo;

internal static class ZaloServiceCollectionExtensions
{
    /// <summary>
    /// The Zalo channel (Zalo Bot Platform), when <c>Zalo:Token</c> is set: the Bot API client, the sender, and
    /// either polling (default) or the webhook on the web front door (<c>Zalo:Mode = Webhook</c>).
    /// </summary>
    public static IHostApplicationBuilder AddZaloChannel(this IHostApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection(ZaloOptions.SectionName);
        if (string.IsNullOrWhiteSpace(section[nameof(ZaloOptions.Token)]))
        {
            return builder;
        }

        builder.Services.AddOptions<ZaloOptions>()
            .BindConfiguration(ZaloOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateChannel(ZaloOptions.SectionName)
            .Validate(o => o.PollTimeout >= TimeSpan.FromSeconds(1) && o.PollTimeout <= TimeSpan.FromSeconds(90), "Zalo:PollTimeout must be between 1 and 90 seconds.")
            .Validate(o => o.Mode != ReceiveMode.Webhook || o.WebhookSecret.Length is >= 8 and <= 256,
                "Zalo:WebhookSecret is required in webhook mode: 8–256 characters.")
            .Validate(o => o.WebhookUrl.Length == 0 || o.WebhookUrl.StartsWith("https://", StringComparison.OrdinalIgnoreCase),
                "Zalo:WebhookUrl must be a public https:// address (Zalo refuses anything else).")
            .Validate(o => o.BotLink.Length == 0 || ChannelOptionsValidation.IsHttpUrl(o.BotLink), "Zalo:BotLink must be the bot's link from Zalo Bot Creator, e.g. https://zalo.me/….")
            .ValidateOnStart();

        // The token is in every request URL: this client must never log requests.
        builder.Services.AddHttpClient(ZaloBotClient.HttpClientName)
            .ConfigureHttpClient(http => http.Timeout = Timeout.InfiniteTimeSpan)
            .RemoveAllLoggers();

        var services = builder.Services;
        services.AddSingleton<ZaloBotClient>();
        services.TryAddSingleton<TypedChoices>();
        services.TryAddSingleton<LeadershipGroups>();
        services.AddSingleton<ZaloAdapter>();
        services.AddSingleton(new NoDocumentIntake(ZaloAdapter.ChannelName));
        services.AddSingleton<IChannelSender>(sp => sp.GetRequiredService<ZaloAdapter>());
        services.AddSingleton<ZaloGroupChats>();
        services.AddSingleton<IChannelGroupChats>(sp => sp.GetRequiredService<ZaloGroupChats>());
        services.AddChannelRateLimits(ZaloAdapter.ChannelName, $"{DispatchOptions.SectionName}:Zalo", ConservativeLimits);
        services.AddSingleton<IInviteLinkProvider, ZaloInviteLinkProvider>();
        services.AddSingleton<ILeadershipChatSource, ZaloLeadershipChats>();
        services.AddInboxHandler<ZaloUpdateHandler>();
        if (section.GetValue<ReceiveMode?>(nameof(ZaloOptions.Mode)) == ReceiveMode.Webhook)
        {
            services.TryAddSingleton<WebhookIntake>();
            services.AddWebEndpoints<ZaloWebhook>();
            services.AddHostedService(sp => sp.GetRequiredService<ZaloWebhook>());
        }
        else
        {
            services.AddHostedService<ZaloPoller>();
        }

        return builder;
    }

    /// <summary>
    /// Zalo publishes no rate limits (only "429 quota exceeded"), so these are guesses kept well under Telegram's:
    /// a ban would silence the bot for every unit, while a slower fan-out of ~80 reminders costs a few seconds.
    /// </summary>
    internal static void ConservativeLimits(ChannelRateLimits limits)
    {
        limits.PerSecond = 5;
        limits.PerChatPerSecond = 1;
        limits.PerGroupPerMinute = 10;
    }
}
