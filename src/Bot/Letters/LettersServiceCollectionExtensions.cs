using Microsoft.Extensions.DependencyInjection;
using QcdcBot.Bot.Conversation.Routing;

namespace QcdcBot.Bot.Letters;

internal static class LettersServiceCollectionExtensions
{
    /// <summary>Reading official letters into proposed deadlines, and /congvan.</summary>
    public static IServiceCollection AddLetterServices(this IServiceCollection services)
    {
        services.AddSingleton<ProposalBuilder>();
        services.AddSingleton<LetterIntake>();
        services.AddSingleton<LetterCreation>();
        services.AddSingleton<LetterFlow>();
        services.AddSingleton<ICommandHandler, LetterCommandHandler>();
        return services;
    }
}
