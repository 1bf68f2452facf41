using QcdcBot.Bot.Conversation.Routing;
using QcdcBot.Storage.Members;

namespace QcdcBot.Bot.Conversation;

/// <summary>Who is speaking: what the channels ask before a turn, and the caller every turn is handled for.</summary>
internal sealed partial class ConversationBot
{
    /// <summary>
    /// The answer to what a channel cannot read (a sticker, a voice note): <paramref name="forRegistered"/> for a
    /// registered member, how to register for anyone else, whose first step is /dangky, not /nopfile.
    /// </summary>
    public async Task<string> UnreadableReplyAsync(InboundActivity activity, string forRegistered, CancellationToken ct)
    {
        var settings = options.CurrentValue;
        return (await IdentifyAsync(activity, settings, ct)).IsKnown ? forRegistered : Hints.HowToRegister(settings.Names);
    }

    /// <summary>Whether the sender of <paramref name="activity"/> is registered, an admin or a leader (a channel deciding whether to fetch what they sent).</summary>
    public async Task<bool> KnowsAsync(InboundActivity activity, CancellationToken ct) => (await IdentifyAsync(activity, options.CurrentValue, ct)).IsKnown;

    /// <summary>Whether the sender of <paramref name="activity"/> may use commands of <paramref name="access"/> (a channel deciding whether to answer at all).</summary>
    public async Task<bool> AllowsAsync(InboundActivity activity, Access access, CancellationToken ct) =>
        CommandRouter.Allows(access, await IdentifyAsync(activity, options.CurrentValue, ct));

    private async Task<Caller> IdentifyAsync(InboundActivity activity, BotOptions settings, CancellationToken ct)
    {
        var key = activity.CallerKey;
        var isAdmin = settings.IsAdmin(key);
        var isLeader = settings.IsLeader(key);
        var member = await members.FindAsync(activity.Channel, activity.UserId, ct);
        var role = isAdmin ? MemberRole.Admin : MemberRole.Leader;
        var moved = member is null || member.ChatId != activity.ChatId || member.DisplayName != activity.DisplayName || member.Role != role || !member.Reachable;
        if ((isAdmin || isLeader) && !activity.IsGroup && moved)
        {
            // Remember where admins and leaders can be reached for proactive messages; a write only when that changed.
            member = await members.RememberAsync(activity.Channel, activity.UserId, activity.ChatId, activity.DisplayName,
                role, ct) with { UnitId = member?.UnitId };
        }

        var unit = member?.UnitId is { } unitId ? await units.GetAsync(unitId, ct) : null;
        return new Caller(key, member, unit, isAdmin, isLeader);
    }
}
