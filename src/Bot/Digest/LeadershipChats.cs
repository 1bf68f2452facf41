using QcdcBot.Bot.Channels;
using QcdcBot.Bot.Conversation;

namespace QcdcBot.Bot.Digest;

/// <summary>Every leadership chat on every configured channel (today Telegram's: config and /nhomlanhdao).</summary>
internal sealed class LeadershipChats(IEnumerable<ILeadershipChatSource> sources)
{
    public async Task<IReadOnlyList<ConversationReference>> AllAsync(CancellationToken ct)
    {
        var all = new List<ConversationReference>();
        foreach (var source in sources)
        {
            all.AddRange(await source.LeadershipChatsAsync(ct));
        }

        return all.Distinct().ToList();
    }
}
