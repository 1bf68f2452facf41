using System.Text;
using QcdcBot.Bot.Conversation.Routing;
using QcdcBot.Bot.Conversation.State;
using QcdcBot.Storage.Members;
using QcdcBot.Storage.Units;

namespace QcdcBot.Bot.Conversation.Commands;

/// <summary>/donvi: every unit with who is bound; units with nobody (or nobody reachable) are flagged.</summary>
internal sealed class UnitsHandler(UnitStore units, MemberStore members, UnitArgument argument, UnitRecordText record) : ICommandHandler
{
    public IReadOnlyList<string> Names { get; } = ["donvi"];

    public Access Access => Access.Admin;

    public string Help => "/donvi [đơn vị] — danh sách đơn vị, ai đã đăng ký; đơn vị chưa có ai được đánh dấu";

    public async Task HandleAsync(TurnContext context, string arguments, CancellationToken ct)
    {
        var all = await units.AllAsync(ct);
        var everyone = await members.AllAsync(ct);
        if (arguments.Length > 0)
        {
            var unit = await argument.ResolveAsync(context, arguments, u => $"/donvi {u.Code}", ct);
            if (unit is not null)
            {
                context.Reply(Detail(unit, everyone.Where(m => m.UnitId == unit.Id).ToList()) + "\n\n" + await record.ComposeAsync(unit, ct));
            }

            return;
        }

        var byUnit = everyone.Where(m => m.UnitId is not null).ToLookup(m => m.UnitId!.Value);
        var nobody = all.Count(u => !byUnit[u.Id].Any(m => m.Reachable));
        var text = new StringBuilder($"{all.Count} đơn vị; {all.Count - nobody} đã có người đăng ký, {nobody} chưa (⚠️):\n");
        for (var i = 0; i < all.Count; i++)
        {
            var u = all[i];
            var bound = byUnit[u.Id].ToList();
            var who = bound.Count == 0
                ? "chưa có ai"
                : string.Join(", ", bound.Select(m => $"{m.DisplayName} ({ChannelName(m.Channel)}{(m.Reachable ? ")" : ", ⚠️ không liên lạc được)")}"));
            var flag = bound.Any(m => m.Reachable) ? string.Empty : "⚠️ ";
            text.AppendLine($"{i + 1}. {flag}{u.Code} — {u.Name}: {who}");
        }

        context.ShowList(ListKind.Units, all.Select(u => u.Id).ToList());
        context.Reply(text.ToString().TrimEnd());
    }

    private static string Detail(Unit unit, IReadOnlyList<Member> bound)
    {
        var text = new StringBuilder($"{unit.Name} ({unit.Code}, {unit.Kind.Display()})\n");
        if (bound.Count == 0)
        {
            text.Append("⚠️ Chưa có ai đăng ký. Cấp mã: /madangky " + unit.Code);
        }

        foreach (var m in bound)
        {
            text.AppendLine($"• {m.DisplayName} — {ChannelName(m.Channel)}{(m.Reachable ? string.Empty : " (⚠️ không liên lạc được, có thể đã chặn bot)")}");
        }

        return text.ToString().TrimEnd();
    }

    private static string ChannelName(string channel) => channel switch
    {
        "telegram" => "Telegram",
        "zalo" => "Zalo",
        "local" => "trò chuyện thử trên máy",
        _ => channel,
    };
}
