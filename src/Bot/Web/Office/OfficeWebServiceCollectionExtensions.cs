using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using QcdcBot.Bot.Conversation.Routing;
using QcdcBot.Bot.Web.Office.Chat;
using QcdcBot.Bot.Web.Office.Deadlines;
using QcdcBot.Bot.Web.Office.Overview;
using QcdcBot.Bot.Web.Office.Units;

namespace QcdcBot.Bot.Web.Office;

internal static class OfficeWebServiceCollectionExtensions
{
    /// <summary>
    /// /dangnhap and /dangxuat, with their <c>Web</c> keys. Options come from the configuration when there is one
    /// (the host); tests without one get the defaults.
    /// </summary>
    public static IServiceCollection AddOfficeChat(this IServiceCollection services)
    {
        services.AddOptions<OfficeWebOptions>()
            .Configure<IServiceProvider>((o, sp) => sp.GetService<IConfiguration>()?.GetSection(OfficeWebOptions.SectionName).Bind(o))
            .Validate(o => o.SignInLinkLifetime > TimeSpan.Zero, "Web:SignInLinkLifetime must be positive.")
            .Validate(o => o.SessionLifetime > TimeSpan.Zero, "Web:SessionLifetime must be positive.")
            .ValidateOnStart();
        services.AddSingleton<ICommandHandler, SignInHandler>();
        services.AddSingleton<ICommandHandler, SignOutHandler>();
        return services;
    }

    /// <summary>
    /// The office pages on the front door, when it has a public address to put in sign-in links
    /// (<c>Web:PublicUrl</c>); without one /dangnhap says the page is not on.
    /// </summary>
    public static IHostApplicationBuilder AddOfficeWeb(this IHostApplicationBuilder builder)
    {
        if (!string.IsNullOrWhiteSpace(builder.Configuration[$"{WebOptions.SectionName}:{nameof(WebOptions.PublicUrl)}"]))
        {
            builder.Services.AddOfficePages();
        }

        return builder;
    }

    internal static IServiceCollection AddOfficePages(this IServiceCollection services)
    {
        services.AddSingleton<OfficeSessions>();
        services.AddSingleton<OfficeDecisions>();
        services.AddSingleton<OverviewSource>();
        services.AddSingleton<DeadlinePageSource>();
        services.AddSingleton<UnitPageSource>();
        services.AddWebEndpoints<OfficeEndpoints>();
        return services;
    }
}
