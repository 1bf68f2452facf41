using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using QcdcBot.Bot.Conversation;
using QcdcBot.Bot.Conversation.Submissions;
using QcdcBot.Storage.Members;

namespace QcdcBot.Bot.Inbox;

/// <summary>
/// Downloads an activity's files before its turn, outside the turn's transaction, so a slow download holds up only
/// its own chat. Only what the turn would fetch anyway: files from a member of a unit that pass the name and size
/// checks. Anything else keeps its lazy fetch (and the turn refuses it without downloading).
/// </summary>
internal sealed class AttachmentPrefetch(MemberStore members, IOptionsMonitor<BotOptions> options, ILogger<AttachmentPrefetch> logger)
{
    public async Task<InboundActivity> PrefetchAsync(InboundActivity activity, CancellationToken ct)
    {
        if (activity.Attachments.Count == 0)
        {
            return activity;
        }

        var settings = options.CurrentValue;
        var plausible = activity.Attachments.All(a =>
        {
            var extension = Path.GetExtension(FileNames.Safe(a.Name));
            return a.Size > 0 && a.Size <= settings.MaxFileBytes && settings.AllowedFileTypes.Contains(extension, StringComparer.OrdinalIgnoreCase);
        });
        if (!plausible || await members.FindAsync(activity.Channel, activity.UserId, ct) is not { UnitId: not null })
        {
            return activity;
        }

        var fetched = new List<InboundAttachment>();
        try
        {
            foreach (var attachment in activity.Attachments)
            {
                var bytes = await attachment.FetchAsync(ct);
                fetched.Add(attachment with { FetchAsync = _ => Task.FromResult(bytes) });
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The turn fetches it again and answers the failure the usual way.
            logger.LogInformation("Prefetching a file for {Channel} chat {ChatId} failed: {Reason}", activity.Channel, activity.ChatId, ex.Message);
            return activity;
        }

        return activity with { Attachments = fetched };
    }
}
