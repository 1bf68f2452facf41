using Microsoft.Extensions.Options;
using QcdcBot.Bot.Conversation;
using QcdcBot.Storage.Leadership;

namespace QcdcBot.Bot.Channels.Zalo;

/// <summary>
/// Where leadership messages go on Zalo: the groups an admin confirmed with /nhomlanhdao, or — since Zalo groups are
/// still in beta for bots — each leader configured as <c>zalo:&lt;id&gt;</c>, 1:1 (a private chat's id is the person's id).
/// </summary>
internal sealed class ZaloLeadershipChats(LeadershipChatStore store, ZaloGroupChats groupChats, IOptionsMonitor<BotOptions> options) : ILeadershipChatSource
{
    private const string Prefix = ZaloAdapter.ChannelName + ":";

    public async Task<IReadOnlyList<ConversationReference>> LeadershipChatsAsync(CancellationToken ct)
    {
        var groups = await LeadershipChatList.ForAsync(ZaloAdapter.ChannelName, [], store, ct);
        if (groups.Count > 0)
        {
            foreach (var group in groups)
            {
                groupChats.Remember(group.ChatId);
            }

            return groups;
        }

        return options.CurrentValue.Leaders
            .Select(l => l.Trim())
            .Where(l => l.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase) && l.Length > Prefix.Length)
            .Select(l => l[Prefix.Length..])
            .Distinct(StringComparer.Ordinal)
            .Select(id => new ConversationReference(ZaloAdapter.ChannelName, id, id))
            .ToList();
    }
}
