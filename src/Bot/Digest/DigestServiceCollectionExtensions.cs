using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Quartz;

namespace QcdcBot.Bot.Digest;

internal static class DigestServiceCollectionExtensions
{
    /// <summary>The leadership digest: options from <c>Digest</c> (the cron is checked at start) and the service.</summary>
    public static IHostApplicationBuilder AddDigest(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<DigestOptions>()
            .BindConfiguration(DigestOptions.SectionName)
            .Validate(o => IsCron(o.Cron), "Digest:Cron must be a Quartz cron expression, e.g. \"0 30 7 ? * MON\".")
            .ValidateOnStart();
        builder.Services.AddDigestServices();
        return builder;
    }

    private static bool IsCron(string expression)
    {
        try
        {
            _ = new CronExpression(expression);
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }

    internal static IServiceCollection AddDigestServices(this IServiceCollection services)
    {
        services.TryAddSingleton<DigestService>();
        return services;
    }
}
