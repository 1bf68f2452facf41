using Microsoft.Extensions.Options;
using QcdcBot.Storage.Members;

namespace QcdcBot.Bot.Conversation;

/// <summary>Where to reach the admins: the chat they last wrote from, or their user id (a private chat) if they never have.</summary>
internal sealed class AdminDirectory(MemberStore members, IOptionsMonitor<BotOptions> options)
{
    public async Task<IReadOnlyList<ConversationReference>> AdminsAsync(CancellationToken ct)
    {
        // One indexed look-up per configured admin, not every member ever remembered as one: a status reply sent
        // on paper asks this on every turn (the load harness showed it as the largest cost of such a turn).
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
            var member = await members.FindAsync(channel, userId, ct);
            result.Add(new ConversationReference(channel, member is { Role: MemberRole.Admin } ? member.ChatId : userId, userId));
        }

        return result;
    }

    public static IReadOnlyList<ConversationReference> Of(IEnumerable<Member> unitMembers) =>
        unitMembers.Where(m => m.Reachable).Select(m => new ConversationReference(m.Channel, m.ChatId, m.UserId)).ToList();
}
