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
        foreach (var link in links)
        {
            if (await link.LinkAsync(invite.Code, ct) is { } url)
            {
                text += $"\nHoặc mở liên kết: {url}";
            }
        }

        context.Reply(text);
    }
}

/// <summary>A channel that can turn an invite code into a one-tap link (Telegram's t.me deep link).</summary>
internal interface IInviteLinkProvider
{
    Task<string?> LinkAsync(string code, CancellationToken ct);
}
