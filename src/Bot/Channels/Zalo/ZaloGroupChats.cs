using System.Collections.Concurrent;
using QcdcBot.Scheduling.Delivery;

namespace QcdcBot.Bot.Channels.Zalo;

/// <summary>
/// Zalo's chat ids are opaque strings, the same shape for a group and a person; only an event's chat_type tells.
/// The groups the bot has heard from or writes to as leadership chats are remembered here for the dispatcher's
/// per-group pacing (an event handled again after a restart, or the next digest, remembers them again).
/// </summary>
internal sealed class ZaloGroupChats : IChannelGroupChats
{
    private readonly ConcurrentDictionary<string, byte> _groups = new(StringComparer.Ordinal);

    public string Channel => ZaloAdapter.ChannelName;

    public bool IsGroup(string chatId) => _groups.ContainsKey(chatId);

    public void Remember(string chatId) => _groups.TryAdd(chatId, 0);
}
