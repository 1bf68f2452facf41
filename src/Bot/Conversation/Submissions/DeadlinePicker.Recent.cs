using QcdcBot.Bot.Conversation.State;
using QcdcBot.Storage.Deadlines;
using QcdcBot.Storage.Submissions;
using QcdcBot.Storage.Units;

namespace QcdcBot.Bot.Conversation.Submissions;

// What an unclear answer refers to: the list the member was just shown, or the upload whose pages are still coming.
internal sealed partial class DeadlinePicker
{
    /// <summary>How long a list of deadlines the member was shown stands for what an unclear answer refers to.</summary>
    private static readonly TimeSpan ListLifetime = TimeSpan.FromHours(1);

    /// <summary>
    /// The open deadlines in the order of the list the member was last shown (/viec), the others after them; null when
    /// no such list was shown within <see cref="ListLifetime"/> or the bot wrote about one deadline since.
    /// </summary>
    private IReadOnlyList<Deadline>? ListJustShown(TurnContext context, IReadOnlyList<Deadline> open)
    {
        if (context.State.LastList is not { Kind: ListKind.Deadlines, ShownAt: { } shown } list || clock.UtcNow - shown > ListLifetime ||
            context.Activity.DefaultDeadlineAt is { } told && told > shown)
        {
            return null;
        }

        var inOrder = list.Ids.Select(id => open.FirstOrDefault(d => d.Id == id)).OfType<Deadline>().ToList();
        return inOrder.Count == 0 ? null : [.. inOrder, .. open.Where(d => !list.Ids.Contains(d.Id))];
    }

    /// <summary>
    /// The other open deadline the bot wrote to this member about after <paramref name="pages"/> took its last file;
    /// null when nothing since pointed elsewhere (or the channel keeps no such trace: it has reply-to).
    /// </summary>
    private static Deadline? PointedElsewhere(InboundActivity activity, PagesOf pages) =>
        activity.DefaultDeadlineId is { } told && told != pages.Deadline.Id && activity.DefaultDeadlineAt is { } at && at > pages.LastFileAt
            ? pages.Open.FirstOrDefault(d => d.Id == told)
            : null;

    /// <summary>
    /// Another open deadline the unit still owes, when this turn's files are documents (not photos) with no caption of
    /// their own (none, or no "trang", "phụ lục"): a second Word file seconds after a hand-in is as likely that other
    /// paper as a page of the first, so it is asked about; null when the files join as pages (photos, one deadline owed).
    /// </summary>
    private async Task<Deadline?> OtherOwedAsync(TurnContext context, Unit unit, PagesOf pages, CancellationToken ct)
    {
        if (context.Activity.Attachments is not { Count: > 0 } files || files.All(f => ContentTypes.For(f.Name, f.ContentType).StartsWith("image/", StringComparison.Ordinal)) ||
            QcdcBot.Bot.Text.PageWords.In(context.Text) || SupplementWords.In(context.Text))
        {
            return null;
        }

        foreach (var other in pages.Open.Where(d => d.Id != pages.Deadline.Id))
        {
            if (await HandedInAsync(unit, other, context.Activity.SentAt, ct) is null)
            {
                return other;
            }
        }

        return null;
    }

    private sealed record PagesOf(Deadline Deadline, DateTimeOffset LastFileAt, IReadOnlyList<Deadline> Open);

    /// <summary>The open deadline whose upload by the unit took its last file within <c>Bot:PageWindow</c> of <paramref name="sentAt"/>; null when none did.</summary>
    private async Task<PagesOf?> PagesOfAsync(Unit unit, IReadOnlyList<Deadline> open, DateTimeOffset? sentAt, CancellationToken ct)
    {
        var at = sentAt is { } sent && sent < clock.UtcNow ? sent : clock.UtcNow;
        (Deadline Deadline, DateTimeOffset At)? last = null;
        foreach (var d in open)
        {
            if (await submissions.LatestAsync(unit.Id, d.Id, ct) is { Method: SubmissionMethod.Upload } latest && at - latest.LastFileAt <= options.CurrentValue.PageWindow &&
                (last is null || latest.LastFileAt > last.Value.At))
            {
                last = (d, latest.LastFileAt);
            }
        }

        return last is { } found ? new PagesOf(found.Deadline, found.At, open) : null;
    }
}
