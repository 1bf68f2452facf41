using Microsoft.Extensions.Options;
using QcdcBot.Bot.Conversation;
using QcdcBot.Storage.Leadership;

namespace QcdcBot.Bot.Channels.Telegram;

/// <summary>Leadership group chats: those in <c>Telegram:LeadershipChatIds</c> and those an admin set with /nhomlanhdao.</summary>
internal sealed class TelegramLeadershipChats(LeadershipChatStore store, IOptionsMonitor<TelegramOptions> options) : ILeadershipChatSource
{
    public Task<IReadOnlyList<ConversationReference>> LeadershipChatsAsync(CancellationToken ct) =>
        LeadershipChatList.ForAsync(TelegramAdapter.ChannelName, options.CurrentValue.LeadershipChatIds, store, ct);
}
