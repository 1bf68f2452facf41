using System.Globalization;
using Microsoft.Extensions.Logging;
using QcdcBot.Bot.Channels;
using QcdcBot.Bot.Conversation;
using QcdcBot.Bot.Delivery;
using QcdcBot.Scheduling.Digests;

namespace QcdcBot.Bot.Digest;

/// <summary>
/// The weekly digest, called by Scheduling's job: composed once, split for each chat's channel, queued in the
/// outbox for every leadership chat, and stored so next week's digest compares with it.
/// <para>
/// With no leadership chat configured (no <c>Telegram:LeadershipChatIds</c>, no /nhomlanhdao) the digest goes to
/// the admins instead, with the missing units listed, and a warning is logged: a digest nobody gets is worse.
/// </para>
/// <para>
/// Every part has a dedupe key <c>digest:&lt;date&gt;:&lt;channel&gt;:&lt;chat&gt;:&lt;part&gt;</c>, and a rerun the
/// same day re-composes from the stored numbers, so it queues nothing new. The digest is stored before it is queued:
/// a crash in between is repaired by the next run, which finds it and queues what is missing.
/// </para>
/// </summary>
internal sealed partial class DigestPublisher(DigestService digests, LeadershipChats leadership, AdminDirectory admins, OutboxWriter outbox, ILogger<DigestPublisher> logger)
    : IDigestPublisher
{
    public async Task PublishWeeklyAsync(CancellationToken ct)
    {
        var numbers = await digests.WeeklyAsync(ct);
        var leaders = await leadership.AllAsync(ct);
        var adminChats = await admins.AdminsAsync(ct);
        var listMissing = digests.ListMissingUnits;
        var date = numbers.Now.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        var recipients = leaders;
        if (leaders.Count == 0)
        {
            LogNoLeadershipChat(adminChats.Count);
            recipients = adminChats;
            listMissing = true;
        }

        var digest = new ComposedDigest(numbers.Now, DigestText.Compose(numbers.Now, numbers.Previous, listMissing, digests.Organization));
        if (!numbers.AlreadyStored)
        {
            await digests.SaveAsync(digest, "weekly", recipients.Select(Name), ct);
        }

        var parts = await EnqueueAsync(recipients, digest.Text, "digest:" + date, ct);
        if (!listMissing)
        {
            // Leaders saw counts only; the office still needs the names to chase.
            parts += await EnqueueAsync(adminChats, DigestText.MissingLists(numbers.Now), "digest-missing:" + date, ct);
        }

        LogPublished(date, recipients.Count, parts, numbers.AlreadyStored);
    }

    private async Task<int> EnqueueAsync(IReadOnlyList<ConversationReference> chats, string text, string keyPrefix, CancellationToken ct)
    {
        var count = 0;
        foreach (var chat in chats)
        {
            var parts = MessageSplitter.Split(text, ChannelTextLimits.For(chat.Channel));
            for (var i = 0; i < parts.Count; i++)
            {
                await outbox.EnqueueAsync(chat, new OutboundMessage(parts[i]), $"{keyPrefix}:{Name(chat)}:{i}", ct);
                count++;
            }
        }

        return count;
    }

    private static string Name(ConversationReference chat) => $"{chat.Channel}:{chat.ChatId}";

    [LoggerMessage(Level = LogLevel.Warning, Message = "No leadership chat is configured; the weekly digest goes to the {AdminCount} admins instead")]
    private partial void LogNoLeadershipChat(int adminCount);

    [LoggerMessage(Level = LogLevel.Information, Message = "Weekly digest {Date} queued for {ChatCount} chats in {PartCount} parts (rerun: {Rerun})")]
    private partial void LogPublished(string date, int chatCount, int partCount, bool rerun);
}
