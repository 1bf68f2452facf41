using Microsoft.Extensions.Options;
using QcdcBot.Bot.Conversation;
using QcdcBot.Storage.Telegram;

namespace QcdcBot.Bot.Channels.Telegram;

/// <summary>Leadership group chats: those in <c>Telegram:LeadershipChatIds</c> and those an admin set with /nhomlanhdao.</summary>
internal sealed class TelegramLeadershipChats(LeadershipChatStore store, IOptionsMonitor<TelegramOptions> options) : ILeadershipChatSource
{
    public async Task<IReadOnlyList<string>> AllAsync(CancellationToken ct) =>
        options.CurrentValue.LeadershipChatIds.Select(id => id.Trim()).Where(id => id.Length > 0)
            .Concat(await store.AllAsync(ct)).Distinct(StringComparer.Ordinal).ToList();

    public async Task<bool> ContainsAsync(string chatId, CancellationToken ct) => (await AllAsync(ct)).Contains(chatId, StringComparer.Ordinal);

    /// <summary>A group chat has no single user: the reference names the chat only.</summary>
    public async Task<IReadOnlyList<ConversationReference>> LeadershipChatsAsync(CancellationToken ct) =>
        (await AllAsync(ct)).Select(id => new ConversationReference(TelegramAdapter.ChannelName, id, null)).ToList();
}
