using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace QcdcBot.Bot.Hosting.Tools;

/// <summary>The configuration the bot would read (appsettings, environment, user secrets, settings on the command line), for tools that need no host.</summary>
internal static class ToolConfiguration
{
    public static IConfiguration Build(string[] settings, Action<IHostApplicationBuilder>? configure)
    {
        var builder = Host.CreateApplicationBuilder(settings);
        configure?.Invoke(builder);
        return builder.Configuration;
    }
}
