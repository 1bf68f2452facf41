using Microsoft.Extensions.Options;
using QcdcBot.Storage.Telegram;

namespace QcdcBot.Bot.Channels.Telegram;

/// <summary>Leadership group chats: those in <c>Telegram:LeadershipChatIds</c> and those an admin set with /nhomlanhdao.</summary>
internal sealed class TelegramLeadershipChats(LeadershipChatStore store, IOptionsMonitor<TelegramOptions> options)
{
    public async Task<IReadOnlyList<string>> AllAsync(CancellationToken ct) =>
        options.CurrentValue.LeadershipChatIds.Select(id => id.Trim()).Concat(await store.AllAsync(ct)).Distinct(StringComparer.Ordinal).ToList();

    public async Task<bool> ContainsAsync(string chatId, CancellationToken ct) => (await AllAsync(ct)).Contains(chatId, StringComparer.Ordinal);
}
