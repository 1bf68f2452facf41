using Microsoft.Extensions.Options;
using QcdcBot.Bot.Conversation.Routing;
using QcdcBot.Bot.Text;
using QcdcBot.Scheduling.Calendar;
using QcdcBot.Storage.Members;

namespace QcdcBot.Bot.Conversation.Commands;

/// <summary>/madangky &lt;đơn vị&gt;: a single-use invite code for a unit's secretary.</summary>
internal sealed class InviteHandler(UnitArgument argument, InviteStore invites, OfficeClock clock, IOptionsMonitor<BotOptions> options, IEnumerable<IInviteLinkProvider> links) : ICommandHandler
{
    public IReadOnlyList<string> Names { get; } = ["madangky"];

    public Access Access => Access.Admin;

    public string Help => "/madangky <đơn vị> — cấp mã đăng ký (dùng một lần) cho thư ký đơn vị";

    public async Task HandleAsync(TurnContext context, string arguments, CancellationToken ct)
    {
        var unit = await argument.ResolveAsync(context, arguments, u => $"/madangky {u.Code}", ct);
        if (unit is null)
        {
            return;
        }

        var invite = await invites.CreateAsync(unit.Id, options.CurrentValue.InviteCodeLifetime, context.Caller.Key, ct);
        var text = $"Mã đăng ký cho {unit.Name}: {invite.Code}\n" +
                   $"Hết hạn: {VietnameseWording.Time(clock.ToLocal(invite.ExpiresAt))}. Mỗi mã dùng một lần.\n" +
                   $"Thư ký gửi cho bot: /dangky {invite.Code}";
        foreach (var provider in links)
        {
            if (await provider.LinkAsync(invite.Code, ct) is { } link)
            {
                text += link.CarriesCode
                    ? $"\nHoặc mở liên kết ({link.Channel}): {link.Url}"
                    : $"\nTrên {link.Channel}: mở {link.Url} rồi gửi /dangky {invite.Code}";
            }
        }

        context.Reply(text);
    }
}

/// <summary>A channel's link to the bot for an invite: Telegram's deep link carries the code, Zalo's does not.</summary>
internal interface IInviteLinkProvider
{
    Task<InviteLink?> LinkAsync(string code, CancellationToken ct);
}

/// <param name="Channel">The channel as people call it ("Telegram", "Zalo").</param>
/// <param name="CarriesCode">Opening the link sends the code itself; otherwise the person types it.</param>
internal sealed record InviteLink(string Channel, string Url, bool CarriesCode);
