using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace QcdcBot.Bot.Web;

/// <summary>What the running front door listens on (the real port when <c>Web:Listen</c> asks for port 0).</summary>
internal sealed class WebFrontDoor(IServer server)
{
    public bool IsOpen => server is not ClosedServer;

    /// <summary>The bound addresses, e.g. <c>http://127.0.0.1:41234</c>; empty while closed or not started.</summary>
    public IReadOnlyList<string> Addresses => server.Features.Get<IServerAddressesFeature>()?.Addresses.ToList() ?? [];
}
