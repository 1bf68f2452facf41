using Microsoft.Extensions.Options;
using QcdcBot.Storage.Members;

namespace QcdcBot.Bot.Conversation;

/// <summary>Where to reach the admins: the chat they last wrote from, or their user id (a private chat) if they never have.</summary>
internal sealed class AdminDirectory(MemberStore members, IOptionsMonitor<BotOptions> options)
{
    public async Task<IReadOnlyList<ConversationReference>> AdminsAsync(CancellationToken ct)
    {
        var known = await members.WithRoleAsync(MemberRole.Admin, ct);
        var result = new List<ConversationReference>();
        foreach (var entry in options.CurrentValue.Admins)
        {
            var separator = entry.IndexOf(':', StringComparison.Ordinal);
            if (separator <= 0 || separator == entry.Length - 1)
            {
                continue;
            }

            var channel = entry[..separator].Trim().ToLowerInvariant();
            var userId = entry[(separator + 1)..].Trim();
            var member = known.FirstOrDefault(m => m.Channel == channel && m.UserId == userId);
            result.Add(new ConversationReference(channel, member?.ChatId ?? userId, userId));
        }

        return result;
    }

    public static IReadOnlyList<ConversationReference> Of(IEnumerable<Member> unitMembers) =>
        unitMembers.Where(m => m.Reachable).Select(m => new ConversationReference(m.Channel, m.ChatId, m.UserId)).ToList();
}
