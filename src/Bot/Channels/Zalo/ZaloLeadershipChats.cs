using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using QcdcBot.Bot.Conversation;
using QcdcBot.Storage.Leadership;
using QcdcBot.Storage.Members;

namespace QcdcBot.Bot.Channels.Zalo;

/// <summary>
/// Where leadership messages go on Zalo: the groups an admin confirmed with /nhomlanhdao, or — since Zalo groups are
/// still in beta for bots — each leader configured as <c>zalo:&lt;id&gt;</c>, 1:1. A Zalo bot can write only to someone
/// who has written to it: a leader who never has is skipped with a warning (and with no leader reachable, the digest
/// goes to the admins), rather than queued for a chat Zalo refuses.
/// </summary>
internal sealed partial class ZaloLeadershipChats(LeadershipChatStore store, ZaloGroupChats groupChats, MemberStore members, IOptionsMonitor<BotOptions> options,
    ILogger<ZaloLeadershipChats> logger) : ILeadershipChatSource
{
    private const string Prefix = ZaloAdapter.ChannelName + ":";

    // Every digest, tally and notice asks where leaders are: the warning is worth one line per leader per start.
    private readonly ConcurrentDictionary<string, bool> _warned = new(StringComparer.Ordinal);

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

        var ids = options.CurrentValue.Leaders
            .Select(l => l.Trim())
            .Where(l => l.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase) && l.Length > Prefix.Length)
            .Select(l => l[Prefix.Length..])
            .Distinct(StringComparer.Ordinal);
        var chats = new List<ConversationReference>();
        foreach (var id in ids)
        {
            // A leader is remembered with their chat the first time they write to the bot in private (/toi will do).
            if (await members.FindAsync(ZaloAdapter.ChannelName, id, ct) is { Reachable: true } leader)
            {
                chats.Add(new ConversationReference(ZaloAdapter.ChannelName, leader.ChatId, id));
            }
            else if (_warned.TryAdd(id, true))
            {
                LogNeverWrote(id);
            }
        }

        return chats;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Leader zalo:{UserId} has not written to the bot in private, and a Zalo bot can write only to someone who has: no 1:1 digest for them until they send the bot a message (e.g. /toi)")]
    private partial void LogNeverWrote(string userId);
}
