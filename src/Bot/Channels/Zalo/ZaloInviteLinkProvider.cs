using Microsoft.Extensions.Options;
using QcdcBot.Bot.Conversation.Commands;

namespace QcdcBot.Bot.Channels.Zalo;

/// <summary>The bot's own Zalo link (<c>Zalo:BotLink</c>): Zalo links carry no payload, so the secretary types the code.</summary>
internal sealed class ZaloInviteLinkProvider(IOptionsMonitor<ZaloOptions> options) : IInviteLinkProvider
{
    public Task<InviteLink?> LinkAsync(string code, CancellationToken ct) =>
        Task.FromResult(options.CurrentValue.BotLink is { Length: > 0 } link ? new InviteLink("Zalo", link, CarriesCode: false) : null);
}
