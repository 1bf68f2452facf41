using QcdcBot.Bot.Conversation;
using QcdcBot.Storage.Leadership;

namespace QcdcBot.Bot.Channels.Zalo;

/// <summary>Zalo groups an admin made leadership chats with /nhomlanhdao (Zalo groups are in beta; most offices will have none).</summary>
internal sealed class ZaloLeadershipChats(LeadershipChatStore store) : ILeadershipChatSource
{
    public Task<IReadOnlyList<ConversationReference>> LeadershipChatsAsync(CancellationToken ct) =>
        LeadershipChatList.ForAsync(ZaloAdapter.ChannelName, [], store, ct);
}
