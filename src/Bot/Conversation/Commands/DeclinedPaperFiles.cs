using System.Text.Json;
using QcdcBot.Bot.Conversation.State;
using QcdcBot.Storage.Submissions;

namespace QcdcBot.Bot.Conversation.Commands;

/// <summary>
/// A file captioned /ghinhan is stored before the admin confirms (the bytes cannot be fetched again later). When that
/// question closes without the record — declined, backed out of, or left for something else — the file goes too.
/// </summary>
internal sealed class DeclinedPaperFiles(UnclaimedFiles files)
{
    /// <param name="before">The conversation state as the turn found it.</param>
    public async Task ReleaseAsync(ConversationState before, TurnContext context, CancellationToken ct)
    {
        if (before.Pending is not { ReleaseFilesOnClose: true, Files.Count: > 0 } asked || context.State.Pending?.Id == asked.Id)
        {
            return;
        }

        // Whatever the conversation still holds (files asked about again, kept aside) stays.
        var kept = JsonSerializer.Serialize(context.State);
        var released = asked.Files.Select(f => f.Sha256).Where(sha => !kept.Contains(sha, StringComparison.Ordinal));
        var activity = context.Activity;
        await files.ReleaseAsync(released, activity.Channel, activity.ChatId, activity.UserId, ct);
    }
}
