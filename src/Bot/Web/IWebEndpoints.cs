using Microsoft.AspNetCore.Routing;

namespace QcdcBot.Bot.Web;

/// <summary>
/// A feature's routes on the front door. Register one with <see cref="WebServiceCollectionExtensions.AddWebEndpoints{T}"/>;
/// the front door opens only when at least one is registered.
/// </summary>
internal interface IWebEndpoints
{
    void Map(IEndpointRouteBuilder endpoints);
}
