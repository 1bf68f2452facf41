using QcdcBot.Bot.Conversation;
using QcdcBot.Storage.Leadership;

namespace QcdcBot.Bot.Channels;

/// <summary>A channel's leadership chats: those in its settings and those an admin set with /nhomlanhdao.</summary>
internal static class LeadershipChatList
{
    /// <summary>A group chat has no single user: each reference names the chat only.</summary>
    public static async Task<IReadOnlyList<ConversationReference>> ForAsync(string channel, IEnumerable<string> configured, LeadershipChatStore store, CancellationToken ct) =>
        configured.Select(id => id.Trim()).Where(id => id.Length > 0)
            .Concat(await store.AllAsync(channel, ct))
            .Distinct(StringComparer.Ordinal)
            .Select(id => new ConversationReference(channel, id, null))
            .ToList();
}
