using QcdcBot.Bot.Conversation;

namespace QcdcBot.Bot.Channels;

/// <summary>A channel's leadership group chats (tallies and digests go there); one per channel that has them.</summary>
internal interface ILeadershipChatSource
{
    Task<IReadOnlyList<ConversationReference>> LeadershipChatsAsync(CancellationToken ct);
}
